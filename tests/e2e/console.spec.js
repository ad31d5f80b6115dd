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

test("Tab completes in the console, lists the choices once, and otherwise moves on: never a keyboard trap", async ({ page }) => {
  await openApp(page, "/lab");
  const input = page.getByRole("textbox", { name: "AWS CLI command" });
  const clear = page.getByRole("button", { name: "Clear" });
  // An empty line has nothing to complete: Tab goes to the next control.
  await input.focus();
  await page.keyboard.press("Tab");
  await expect(clear).toBeFocused();

  // "aws ec2 " has many choices: the first Tab lists them, the second moves on.
  await input.fill("aws ec2 ");
  await input.press("Tab");
  await expect(input).toBeFocused();
  await expect(page.getByRole("list", { name: "Completions" })).toContainText("run-instances");
  await input.press("Tab");
  await expect(clear).toBeFocused();
  await expect(input).toHaveValue("aws ec2 ");
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

test("the whole lifecycle through the console: the list and the diagram follow every command", async ({ page }) => {
  await openApp(page, "/lab");
  await page.getByLabel("Clock speed").selectOption({ label: "Paused" });
  const input = page.getByRole("textbox", { name: "AWS CLI command" });
  const output = page.getByRole("log", { name: "Console output" });
  const lit = page.getByRole("region", { name: /Lifecycle diagram/ }).locator('g[aria-current="step"] .node-id');
  const run = async (line, expected) => {
    await input.fill(line);
    await input.press("Enter");
    await expect(output.locator(".entry").last()).toContainText(expected);
  };

  await run("aws ec2 describe-images --owners amazon --filters Name=name,Values=al2023-ami-2023*-x86_64 --query 'Images[0].ImageId'", "ami-");
  const imageId = (await output.locator("pre.stdout").last().textContent()).trim().replace(/"/g, "");
  await run(`aws ec2 run-instances --image-id ${imageId} --instance-type t2.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=cli-1}]'`, '"Name": "pending"');
  const row = page.getByRole("row", { name: /cli-1/ });
  await expect(row).toContainText("pending");
  const id = (await row.getByRole("button").textContent()).trim();
  await row.getByRole("button", { name: id }).click();
  await expect(lit).toHaveText("pending");

  await run(`aws ec2 wait instance-running --instance-ids ${id}`, "");
  await expect(lit).toHaveText("running");
  await run(`aws ec2 stop-instances --instance-ids ${id}`, '"StoppingInstances"');
  await expect(lit).toHaveText("stopping");
  await run(`aws ec2 start-instances --instance-ids ${id}`, "IncorrectInstanceState");
  await run(`aws ec2 wait instance-stopped --instance-ids ${id}`, "");
  await expect(row).toContainText("stopped");
  await run(`aws ec2 start-instances --instance-ids ${id}`, '"StartingInstances"');
  await run(`aws ec2 wait instance-running --instance-ids ${id}`, "");
  await run(`aws ec2 reboot-instances --instance-ids ${id}`, "");
  await expect(lit).toHaveText("rebooting");
  await run(`aws ec2 terminate-instances --instance-ids ${id}`, '"TerminatingInstances"');
  await run(`aws ec2 wait instance-terminated --instance-ids ${id}`, "");
  await expect(lit).toHaveText("terminated");
  await expect(row).toContainText("terminated");
  await run("clock advance 2h", "");
  await expect(row).toHaveCount(0);
});

test("a long answer shows its first lines, the rest on request, and the newest command stays in view", async ({ page }) => {
  await openApp(page, "/cli");
  const input = page.getByRole("textbox", { name: "AWS CLI command" });
  const output = page.getByRole("log", { name: "Console output" });
  const run = async (line) => {
    const entries = await output.locator(".entry").count();
    await input.fill(line);
    await input.press("Enter");
    await expect(output.locator(".entry")).toHaveCount(entries + 1);
  };
  await run("aws ec2 describe-images --owners amazon --filters Name=name,Values=al2023-ami-2023*-x86_64 --query 'Images[0].ImageId'");
  const imageId = (await output.locator("pre.stdout").last().textContent()).trim().replace(/"/g, "");
  await run(`aws ec2 run-instances --image-id ${imageId} --instance-type t2.micro --count 3 --query 'Instances[].InstanceId'`);
  const ids = JSON.parse(await output.locator("pre.stdout").last().textContent());
  expect(ids).toHaveLength(3);

  // Three instances describe in about 380 lines: the first 200 are shown, and what is left out is said.
  await run("aws ec2 describe-instances");
  const answer = output.locator(".entry").last();
  await expect(answer.locator("pre.stdout")).toContainText('"Reservations"');
  await expect(answer).toContainText(/\d+ more lines not shown\./);
  await expect(answer).toContainText("--query keeps only what you ask for");
  expect((await answer.locator("pre.stdout").textContent()).split("\n").filter(Boolean)).toHaveLength(200);
  // The newest command is at the top of the transcript's view, not below the earlier answers.
  await output.scrollIntoViewIfNeeded();
  await expect(answer.locator(".prompt-line")).toBeInViewport();
  await expect(output.locator(".entry").first()).not.toBeInViewport();

  const showAll = answer.getByRole("button", { name: /^Show all \d+ lines$/ });
  await showAll.click();
  await expect(showAll).toHaveCount(0);
  for (const id of ids) await expect(answer.locator("pre.stdout")).toContainText(id);
});
