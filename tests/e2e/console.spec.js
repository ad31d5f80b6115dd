// The AWS CLI console (issue 4): history, Tab completion, JSON output, real errors, and the list and
// diagram following what the console does.
import { test, expect, openApp } from "./fixtures.js";

test("a stop typed in the console, completed with Tab and recalled with Up, moves the diagram", async ({ page }) => {
  await openApp(page, "/lab");
  await page.getByLabel("Clock speed").selectOption({ label: "Paused" });
  await page.getByRole("button", { name: "Launch t2.micro (Amazon Linux 2023)" }).click();

  const input = page.getByRole("textbox", { name: "AWS CLI command" });
  const output = page.getByRole("log", { name: "Console output" });
  await input.fill("aws ec2 stop-instances --instance-ids i-");
  await input.press("Tab");
  await expect(input).toHaveValue(/^aws ec2 stop-instances --instance-ids i-[0-9a-f]{17} $/);
  await input.press("Enter");
  await expect(output).toContainText("An error occurred (IncorrectInstanceState) when calling the StopInstances operation");
  await expect(output).toContainText("never reached the 'running' state");

  await page.getByRole("button", { name: "Step to the next change" }).click();
  await input.press("ArrowUp");
  await expect(input).toHaveValue(/^aws ec2 stop-instances --instance-ids i-/);
  await input.press("Enter");
  await expect(output).toContainText('"StoppingInstances"');
  await expect(output).toContainText('"Name": "stopping"');
  const diagram = page.getByRole("region", { name: /Lifecycle diagram/ });
  await expect(diagram.locator('g[aria-current="step"] .node-id')).toHaveText("stopping");
  await expect(page.getByRole("table", { name: "Instances" })).toContainText("stopping");
});

test("the CLI page runs help and launches an instance the list shows at once", async ({ page }) => {
  await openApp(page, "/cli");
  const input = page.getByRole("textbox", { name: "AWS CLI command" });
  const output = page.getByRole("log", { name: "Console output" });
  await input.fill("help");
  await input.press("Enter");
  await expect(output).toContainText("run-instances");

  await input.fill("aws ec2 describe-images --owners amazon --filters Name=name,Values=al2023-ami-2023*-x86_64 --query 'Images[0].ImageId'");
  await input.press("Enter");
  const answer = output.locator("pre.stdout").nth(1);
  await expect(answer).toHaveText(/^\s*"ami-[0-9a-f]+"\s*$/);
  const imageId = (await answer.textContent()).trim().replace(/"/g, "");

  await input.fill(`aws ec2 run-instances --image-id ${imageId} --instance-type t3.nano`);
  await input.press("Enter");
  await expect(output).toContainText('"InstanceType": "t3.nano"');
  await expect(page.getByRole("table", { name: "Instances" })).toContainText("t3.nano");

  await input.fill(`aws ec2 run-instances --image-id ${imageId} --instance-type t2.mircro`);
  await input.press("Enter");
  await expect(output.locator("pre.stderr").last()).toContainText("t2.micro");
});
