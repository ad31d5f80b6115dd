//! The operating system inside an instance: block devices named as Linux names them on that
//! hypervisor (Nitro: `/dev/nvme0n1` …; Xen: `/dev/xvda`, `/dev/xvdf`, instance store `/dev/xvdb`),
//! mounts, RAM (`/dev/shm`), running services, and a small shell that runs one command line at a
//! time: echo with `>`/`>>` or `| sudo tee`, cat, ls, cd, pwd, mkdir, touch, rm, df, lsblk, mkfs,
//! mount, umount, free, which, fallocate, dnf/yum/apt install, systemctl, curl (localhost and the
//! instance metadata service), hostname, whoami, uname, date, reboot, shutdown/poweroff.
//!
//! Guest commands run only on a running instance that is not rebooting. `shutdown` inside the
//! guest triggers the OS-initiated shutdown behaviour (ec2-facts 1.2) via `World::os_shutdown`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::catalog::InstanceTypeInfo;
use super::clock::cli_timestamp;
use super::command_output::CommandOutput;
use super::error::ApiResult;
use super::events::{EventKind, EventMessage, RebootCause};
use super::filesystem::{normalize, FileSystem, FsError, FsKind, GIB, MIB};
use super::instance::{Instance, LifecycleState, OsFlavor};
use super::osimage;
use super::region::region;
use super::world::World;

/// What a mount point is backed by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "id")]
pub enum MountTarget {
    /// An EBS volume, by volume ID.
    Ebs(String),
    /// An instance-store volume, by virtual name (`ephemeral0`).
    InstanceStore(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mount {
    pub mount_point: String,
    /// The guest device path it was mounted from (`/dev/nvme1n1`).
    pub device: String,
    pub target: MountTarget,
}

/// The guest's volatile state: everything here is lost when the OS goes down (reboot, stop,
/// terminate), except under hibernation, which saves it to the root volume (ec2-facts 1.4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guest {
    /// `/dev/shm`: a tmpfs in RAM, half the instance's memory.
    pub ram: FileSystem,
    /// Mounts besides `/` (the root volume) and `/dev/shm` (RAM).
    pub mounts: Vec<Mount>,
    pub cwd: String,
    pub user: String,
    /// systemd services running now.
    pub services: BTreeSet<String>,
    /// How many times RAM has been erased (each time the OS went down), so the survival matrix
    /// sees an erase even when RAM held nothing (ec2-facts 1.4). Absent from older saves.
    #[serde(default)]
    pub ram_erasures: u64,
}

impl Guest {
    pub fn new(os: OsFlavor, ram_capacity: u64) -> Guest {
        let user = os.default_user().to_string();
        Guest {
            ram: FileSystem::formatted(FsKind::Tmpfs, ram_capacity),
            mounts: Vec::new(),
            cwd: format!("/home/{user}"),
            user,
            services: BTreeSet::new(),
            ram_erasures: 0,
        }
    }

    fn home(&self) -> String {
        format!("/home/{}", self.user)
    }

    /// The OS goes down: RAM, mounts and running services are gone.
    pub fn power_off(&mut self) {
        self.ram.clear();
        self.ram_erasures += 1;
        self.mounts.clear();
        self.services.clear();
        self.cwd = self.home();
    }

    pub fn unmount_volume(&mut self, volume_id: &str) {
        self.mounts
            .retain(|m| m.target != MountTarget::Ebs(volume_id.to_string()));
    }

    pub fn unmount_instance_store(&mut self) {
        self.mounts
            .retain(|m| !matches!(m.target, MountTarget::InstanceStore(_)));
    }
}

/// tmpfs `/dev/shm` defaults to half the RAM.
pub fn ram_disk_capacity(info: &InstanceTypeInfo) -> u64 {
    info.memory_mib * MIB / 2
}

fn is_nitro(instance: &Instance) -> bool {
    instance.hypervisor.as_deref() != Some("xen")
}

/// Linux's name for an EBS volume attached at `api_device`: the next NVMe namespace on Nitro
/// (`/dev/nvme1n1`), `/dev/sdf` → `/dev/xvdf` on Xen (root: `/dev/xvda`).
pub fn ebs_guest_device(instance: &mut Instance, api_device: &str) -> String {
    if is_nitro(instance) {
        let n = instance.next_nvme_index;
        instance.next_nvme_index += 1;
        format!("/dev/nvme{n}n1")
    } else if api_device == instance.root_device_name {
        "/dev/xvda".to_string()
    } else {
        let rest = api_device
            .strip_prefix("/dev/sd")
            .or_else(|| api_device.strip_prefix("/dev/xvd"))
            .unwrap_or("f");
        let letters: String = rest
            .chars()
            .take_while(|c| c.is_ascii_lowercase())
            .collect();
        format!("/dev/xvd{letters}")
    }
}

/// Names instance-store volumes: NVMe ones take the next NVMe namespaces, older ones `/dev/xvdb`,
/// `/dev/xvdc`, … (from their mapping's device name when there is one).
pub fn name_instance_store(instance: &mut Instance) {
    let mut next_letter = b'b';
    let xen_root = !is_nitro(instance);
    for n in 0..instance.instance_store.len() {
        let store = &instance.instance_store[n];
        let name = if store.is_root {
            if xen_root {
                "/dev/xvda".to_string()
            } else {
                let i = instance.next_nvme_index;
                instance.next_nvme_index += 1;
                format!("/dev/nvme{i}n1")
            }
        } else if store.nvme {
            let i = instance.next_nvme_index;
            instance.next_nvme_index += 1;
            format!("/dev/nvme{i}n1")
        } else {
            let from_mapping = store
                .device_name
                .as_deref()
                .and_then(|d| {
                    d.strip_prefix("/dev/sd")
                        .or_else(|| d.strip_prefix("/dev/xvd"))
                })
                .map(|l| {
                    l.chars()
                        .take_while(|c| c.is_ascii_lowercase())
                        .collect::<String>()
                });
            match from_mapping {
                Some(l) if !l.is_empty() => format!("/dev/xvd{l}"),
                _ => {
                    let l = next_letter as char;
                    next_letter += 1;
                    format!("/dev/xvd{l}")
                }
            }
        };
        instance.instance_store[n].guest_device = name;
    }
}

/// Recomputes every device name after a type change (Xen ↔ Nitro naming); mounts are gone anyway
/// (the instance is stopped).
pub fn rename_devices(instance: &mut Instance, info: &InstanceTypeInfo) {
    instance.hypervisor = info.hypervisor.map(|h| h.as_str().to_string());
    instance.next_nvme_index = 0;
    let mut devices = std::mem::take(&mut instance.block_devices);
    crate::sorting::sort_by_key(&mut devices, |b| b.device_name != instance.root_device_name);
    for b in &mut devices {
        b.guest_device = ebs_guest_device(instance, &b.device_name);
    }
    instance.block_devices = devices;
    name_instance_store(instance);
}

/// Where a guest path lives.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Place {
    Ebs(String),
    Store(usize),
    Ram,
    Missing,
}

/// A block device as the guest sees it.
struct GuestDisk {
    device: String,
    place: Place,
    size_bytes: u64,
    model: &'static str,
    is_root: bool,
}

const HELP: &str = "Commands: echo (with > or >> or | sudo tee [-a]), cat, ls [-l], cd, pwd, mkdir [-p], touch, rm [-r] [-f], \
df [-h], lsblk [-f], mkfs -t xfs|ext4 DEVICE (or mkfs.xfs / mkfs.ext4), mount DEVICE DIR, umount DIR, free [-m|-h], \
which, fallocate -l SIZE FILE, dnf|yum|apt install PACKAGE, systemctl start|stop|enable|status SERVICE, \
curl http://localhost/ or http://169.254.169.254/latest/meta-data/…, hostname, whoami, uname -a, date, \
reboot, shutdown -h now, poweroff. Prefix with sudo for root. Join commands with && or ;.\n";

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Word(String),
    Op(&'static str),
}

/// Splits a command line into words and the operators `> >> | && || ;`, honouring quotes and
/// backslashes. Errors like bash for an unterminated quote.
fn lex(line: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(ch) => word.push(ch),
                        None => {
                            return Err("unexpected EOF while looking for matching `''".to_string())
                        }
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(e @ ('"' | '\\' | '$' | '`')) => word.push(e),
                            Some(e) => {
                                word.push('\\');
                                word.push(e);
                            }
                            None => {
                                return Err(
                                    "unexpected EOF while looking for matching `\"'".to_string()
                                )
                            }
                        },
                        Some(ch) => word.push(ch),
                        None => {
                            return Err("unexpected EOF while looking for matching `\"'".to_string())
                        }
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(e) = chars.next() {
                    word.push(e);
                }
            }
            '#' if !in_word => break,
            c if c.is_whitespace() => {
                if in_word {
                    out.push(Tok::Word(std::mem::take(&mut word)));
                    in_word = false;
                }
            }
            '>' | '|' | '&' | ';' => {
                // `2>` with the digit attached redirects stderr; `echo 2 > f` does not.
                let stderr_redirect = c == '>' && in_word && word == "2";
                if stderr_redirect {
                    word.clear();
                    in_word = false;
                } else if in_word {
                    out.push(Tok::Word(std::mem::take(&mut word)));
                    in_word = false;
                }
                let op = match (c, chars.peek()) {
                    ('>', Some('>')) => {
                        chars.next();
                        if stderr_redirect {
                            "2>>"
                        } else {
                            ">>"
                        }
                    }
                    ('>', _) if stderr_redirect => "2>",
                    ('>', _) => ">",
                    ('|', Some('|')) => {
                        chars.next();
                        "||"
                    }
                    ('|', _) => "|",
                    ('&', Some('&')) => {
                        chars.next();
                        "&&"
                    }
                    ('&', _) => {
                        return Err(
                            "background jobs (&) are not supported in this simulator".to_string()
                        )
                    }
                    _ => ";",
                };
                out.push(Tok::Op(op));
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        out.push(Tok::Word(word));
    }
    Ok(out)
}

/// One simple command with its redirections: (file, append) for stdout and for stderr.
#[derive(Debug, Default)]
struct Simple {
    words: Vec<String>,
    redirect: Option<(String, bool)>,
    stderr_redirect: Option<(String, bool)>,
}

/// Human sizes as df -h / lsblk print them: `8.0G`, `75G`, `475M`.
fn human(bytes: u64) -> String {
    let units = [
        ("T", 1u64 << 40),
        ("G", 1 << 30),
        ("M", 1 << 20),
        ("K", 1 << 10),
    ];
    for (u, size) in units {
        if bytes >= size {
            let v = bytes as f64 / size as f64;
            return if v < 10.0 {
                format!("{v:.1}{u}")
            } else {
                format!("{}{u}", v.round() as u64)
            };
        }
    }
    format!("{bytes}")
}

/// `fallocate -l` sizes: `100M`, `1G`, `512K`, bytes.
fn parse_size(text: &str) -> Option<u64> {
    let (n, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => text.split_at(i),
        None => (text, ""),
    };
    let n: u64 = n.parse().ok()?;
    let factor = match unit.trim_end_matches(['B', 'b', 'i']) {
        "" => 1,
        "K" | "k" => 1 << 10,
        "M" | "m" => 1 << 20,
        "G" | "g" => 1 << 30,
        "T" | "t" => 1 << 40,
        _ => return None,
    };
    n.checked_mul(factor)
}

/// A shell session for one command line on one instance.
struct Shell<'w> {
    world: &'w mut World,
    id: String,
}

impl World {
    /// Runs one command line inside an instance (`ssh INSTANCE_ID COMMAND`). Unknown or foreign
    /// instances are API errors; an instance that is not reachable answers like ssh would.
    pub fn guest_exec(
        &mut self,
        region_name: &str,
        instance_id: &str,
        line: &str,
    ) -> ApiResult<CommandOutput> {
        region(region_name)?;
        let instance = self.instance_in(region_name, instance_id)?;
        let host = self
            .public_ip(instance)
            .or_else(|| instance.private_ip.clone())
            .unwrap_or_else(|| instance_id.to_string());
        if !instance.guest_reachable(self.now) {
            let why = match instance.state {
                LifecycleState::Pending => {
                    "Connection refused (the instance is still pending)".to_string()
                }
                LifecycleState::Running => {
                    "Connection refused (the instance is rebooting)".to_string()
                }
                s => format!("Connection timed out (the instance is {})", s.as_str()),
            };
            return Ok(CommandOutput::err(
                format!("ssh: connect to host {host} port 22: {why}\n"),
                255,
            ));
        }
        let tokens = match lex(line) {
            Ok(t) => t,
            Err(e) => return Ok(CommandOutput::err(format!("-bash: {e}\n"), 2)),
        };
        // Logged before it runs, so its effects (a shutdown, a reboot) come after it in the log.
        let cli = format!("ssh {instance_id} {}", super::events::shell_quote(line));
        self.log(
            region_name,
            instance_id,
            EventKind::Guest,
            EventMessage::GuestCommand {
                line: line.to_string(),
            },
            Some(cli),
        );
        let mut shell = Shell {
            world: self,
            id: instance_id.to_string(),
        };
        let out = shell.run_list(tokens);
        Ok(out)
    }

    /// Boots the guest: mounts what `/etc/fstab` lists (if the device exists and is formatted)
    /// and starts enabled services.
    pub(crate) fn boot_guest(&mut self, instance_id: &str) {
        let Some(instance) = self.instances.get(instance_id) else {
            return;
        };
        let root_fs = root_fs(self, instance);
        let fstab = root_fs
            .and_then(|fs| fs.read("/etc/fstab").ok())
            .unwrap_or("")
            .to_string();
        let enabled: Vec<String> = root_fs
            .and_then(|fs| fs.list("/etc/systemd/system/multi-user.target.wants").ok())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(name, _, _)| name.strip_suffix(".service").map(str::to_string))
            .collect();
        let mut mounts = Vec::new();
        for line in fstab.lines() {
            let fields: Vec<&str> = line.split_whitespace().collect();
            if fields.len() < 2 || fields[0].starts_with('#') || fields[1] == "/" {
                continue;
            }
            let (device, mount_point) = (fields[0], normalize(fields[1]));
            let Some(disk) = disks(self, instance)
                .into_iter()
                .find(|d| d.device == device && !d.is_root)
            else {
                continue;
            };
            let formatted =
                place_fs(self, instance, &disk.place).is_some_and(|fs| fs.is_formatted());
            let dir_exists = root_fs.is_some_and(|fs| fs.is_dir(&mount_point));
            if formatted && dir_exists {
                let target = match &disk.place {
                    Place::Ebs(v) => MountTarget::Ebs(v.clone()),
                    Place::Store(i) => {
                        MountTarget::InstanceStore(instance.instance_store[*i].virtual_name.clone())
                    }
                    _ => continue,
                };
                mounts.push(Mount {
                    mount_point,
                    device: device.to_string(),
                    target,
                });
            }
        }
        if let Some(i) = self.instances.get_mut(instance_id) {
            i.guest.mounts = mounts;
            i.guest.services = crate::sorting::set_of(enabled);
        }
    }
}

fn root_fs<'a>(world: &'a World, instance: &'a Instance) -> Option<&'a FileSystem> {
    match instance.root_volume_id() {
        Some(v) => world.volumes.get(v).map(|v| &v.fs),
        None => instance
            .instance_store
            .iter()
            .find(|s| s.is_root)
            .map(|s| &s.fs),
    }
}

fn place_fs<'a>(world: &'a World, instance: &'a Instance, place: &Place) -> Option<&'a FileSystem> {
    match place {
        Place::Ebs(v) => world.volumes.get(v).map(|v| &v.fs),
        Place::Store(i) => instance.instance_store.get(*i).map(|s| &s.fs),
        Place::Ram => Some(&instance.guest.ram),
        Place::Missing => None,
    }
}

/// Every block device the guest sees: root, then EBS, then instance store.
fn disks(world: &World, instance: &Instance) -> Vec<GuestDisk> {
    let mut out = Vec::new();
    for b in &instance.block_devices {
        let size = world
            .volumes
            .get(&b.volume_id)
            .map_or(0, |v| v.size_gib * GIB);
        out.push(GuestDisk {
            device: b.guest_device.clone(),
            place: Place::Ebs(b.volume_id.clone()),
            size_bytes: size,
            model: "Amazon Elastic Block Store",
            is_root: b.device_name == instance.root_device_name,
        });
    }
    for (n, s) in instance.instance_store.iter().enumerate() {
        out.push(GuestDisk {
            device: s.guest_device.clone(),
            place: Place::Store(n),
            size_bytes: s.fs.capacity_bytes,
            model: "Amazon EC2 NVMe Instance Storage",
            is_root: s.is_root,
        });
    }
    // Root first, then by name with numbers in order (nvme2n1 before nvme10n1).
    crate::sorting::sort_by_key(&mut out, |d| {
        let digits: String = d.device.chars().filter(char::is_ascii_digit).collect();
        let letters: String = d.device.chars().filter(|c| !c.is_ascii_digit()).collect();
        (!d.is_root, letters.len(), digits.len(), d.device.clone())
    });
    out
}

impl Shell<'_> {
    fn instance(&self) -> &Instance {
        &self.world.instances[&self.id]
    }

    fn home(&self) -> String {
        self.instance().guest.home()
    }

    fn root_place(&self) -> Place {
        let i = self.instance();
        match i.root_volume_id() {
            Some(v) => Place::Ebs(v.to_string()),
            None => i
                .instance_store
                .iter()
                .position(|s| s.is_root)
                .map_or(Place::Missing, Place::Store),
        }
    }

    fn root_partition(&self) -> String {
        let i = self.instance();
        let disk = disks(self.world, i)
            .into_iter()
            .find(|d| d.is_root)
            .map(|d| d.device)
            .unwrap_or_else(|| "/dev/xvda".to_string());
        if disk.starts_with("/dev/nvme") {
            format!("{disk}p1")
        } else {
            format!("{disk}1")
        }
    }

    fn absolute(&self, path: &str) -> String {
        let expanded = if path == "~" {
            self.home()
        } else if let Some(rest) = path.strip_prefix("~/") {
            format!("{}/{rest}", self.home())
        } else {
            path.to_string()
        };
        if expanded.starts_with('/') {
            normalize(&expanded)
        } else {
            normalize(&format!("{}/{expanded}", self.instance().guest.cwd))
        }
    }

    /// The file system holding an absolute guest path, and the path inside it.
    fn resolve(&self, path: &str) -> (Place, String) {
        let i = self.instance();
        let under = |mp: &str| path == mp || path.starts_with(&format!("{mp}/"));
        if under("/dev/shm") {
            let inner = path.strip_prefix("/dev/shm").unwrap_or("");
            return (Place::Ram, normalize(inner));
        }
        let best = i
            .guest
            .mounts
            .iter()
            .filter(|m| under(&m.mount_point))
            .max_by_key(|m| m.mount_point.len());
        match best {
            Some(m) => {
                let inner = normalize(path.strip_prefix(&m.mount_point).unwrap_or(""));
                let place = match &m.target {
                    MountTarget::Ebs(v) => Place::Ebs(v.clone()),
                    MountTarget::InstanceStore(name) => i
                        .instance_store
                        .iter()
                        .position(|s| &s.virtual_name == name)
                        .map_or(Place::Missing, Place::Store),
                };
                (place, inner)
            }
            None => (self.root_place(), path.to_string()),
        }
    }

    fn fs(&self, place: &Place) -> Option<&FileSystem> {
        place_fs(self.world, self.instance(), place)
    }

    fn fs_mut(&mut self, place: &Place) -> Option<&mut FileSystem> {
        match place {
            Place::Ebs(v) => self.world.volumes.get_mut(v).map(|v| &mut v.fs),
            Place::Store(n) => self
                .world
                .instances
                .get_mut(&self.id)
                .and_then(|i| i.instance_store.get_mut(*n))
                .map(|s| &mut s.fs),
            Place::Ram => self
                .world
                .instances
                .get_mut(&self.id)
                .map(|i| &mut i.guest.ram),
            Place::Missing => None,
        }
    }

    /// Without sudo, a user may write only in their home, /tmp and /dev/shm.
    fn may_write(&self, path: &str, root: bool) -> bool {
        let home = self.home();
        root || [home.as_str(), "/tmp", "/dev/shm"]
            .iter()
            .any(|p| path == *p || path.starts_with(&format!("{p}/")))
    }

    fn write_file(
        &mut self,
        path: &str,
        content: &str,
        append: bool,
        root: bool,
    ) -> Result<(), String> {
        let abs = self.absolute(path);
        if !self.may_write(&abs, root) {
            return Err(format!("{path}: Permission denied"));
        }
        let (place, inner) = self.resolve(&abs);
        let Some(fs) = self.fs_mut(&place) else {
            return Err(format!("{path}: No such file or directory"));
        };
        fs.write(&inner, content, append)
            .map_err(|e| format!("{path}: {}", e.text()))
    }

    // ---------------------------------------------------------------------------------------
    // Command lists and pipelines.

    fn run_list(&mut self, tokens: Vec<Tok>) -> CommandOutput {
        // Split into pipelines joined by && || ;
        let mut total = CommandOutput::ok(String::new());
        let mut current: Vec<Tok> = Vec::new();
        let mut pending_op: Option<&'static str> = None;
        let mut last_code = 0;
        let mut segments: Vec<(Option<&'static str>, Vec<Tok>)> = Vec::new();
        for t in tokens {
            match t {
                Tok::Op(op @ ("&&" | "||" | ";")) => {
                    segments.push((pending_op, std::mem::take(&mut current)));
                    pending_op = Some(op);
                }
                other => current.push(other),
            }
        }
        segments.push((pending_op, current));
        for (op, seg) in segments {
            let run = match op {
                Some("&&") => last_code == 0,
                Some("||") => last_code != 0,
                _ => true,
            };
            if !run || seg.is_empty() {
                if seg.is_empty() && op.is_some() && !matches!(op, Some(";")) {
                    return CommandOutput::err(
                        format!(
                            "{}-bash: syntax error near unexpected token `{}'\n",
                            total.stderr,
                            op.unwrap_or("")
                        ),
                        2,
                    );
                }
                continue;
            }
            let out = self.run_pipeline(seg);
            last_code = out.exit_code;
            total.stdout.push_str(&out.stdout);
            total.stderr.push_str(&out.stderr);
            total.exit_code = out.exit_code;
            // The session ends if the instance went down.
            if !self.instance().guest_reachable(self.world.now) {
                break;
            }
        }
        total
    }

    fn run_pipeline(&mut self, tokens: Vec<Tok>) -> CommandOutput {
        let mut commands: Vec<Simple> = vec![Simple::default()];
        let mut iter = tokens.into_iter().peekable();
        while let Some(t) = iter.next() {
            let cmd = commands.last_mut().expect("at least one command");
            match t {
                Tok::Word(w) => cmd.words.push(w),
                Tok::Op(op @ (">" | ">>" | "2>" | "2>>")) => match iter.next() {
                    Some(Tok::Word(file)) => {
                        let target = Some((file, op.ends_with(">>")));
                        if op.starts_with('2') {
                            cmd.stderr_redirect = target;
                        } else {
                            cmd.redirect = target;
                        }
                    }
                    _ => {
                        return CommandOutput::err(
                            "-bash: syntax error near unexpected token `newline'\n".to_string(),
                            2,
                        )
                    }
                },
                Tok::Op("|") => commands.push(Simple::default()),
                Tok::Op(_) => {}
            }
        }
        if commands.iter().any(|c| c.words.is_empty()) {
            return CommandOutput::err(
                "-bash: syntax error near unexpected token `|'\n".to_string(),
                2,
            );
        }
        let mut stdin: Option<String> = None;
        let mut stderr = String::new();
        let mut last = CommandOutput::ok(String::new());
        for cmd in commands {
            let mut out = self.run_simple(&cmd.words, stdin.take());
            if let Some((file, append)) = &cmd.stderr_redirect {
                let text = std::mem::take(&mut out.stderr);
                if file != "/dev/null" {
                    if let Err(e) = self.write_file(file, &text, *append, false) {
                        out.stderr = format!("-bash: {e}\n");
                    }
                }
            }
            if let Some((file, append)) = cmd.redirect.as_ref().filter(|(f, _)| f != "/dev/null") {
                // The user's shell opens the file, not sudo: `sudo echo x > /etc/f` is denied.
                match self.write_file(file, &out.stdout, *append, false) {
                    Ok(()) => out.stdout.clear(),
                    Err(e) => {
                        out = CommandOutput::err(format!("-bash: {e}\n"), 1);
                    }
                }
            }
            if cmd.redirect.as_ref().is_some_and(|(f, _)| f == "/dev/null") {
                out.stdout.clear();
            }
            stderr.push_str(&out.stderr);
            stdin = Some(out.stdout.clone());
            last = out;
            if !self.instance().guest_reachable(self.world.now) {
                break;
            }
        }
        last.stderr = stderr;
        last
    }

    fn run_simple(&mut self, words: &[String], stdin: Option<String>) -> CommandOutput {
        let mut words: Vec<&str> = words.iter().map(String::as_str).collect();
        let mut root = false;
        while words.first() == Some(&"sudo") {
            root = true;
            words.remove(0);
            while words.first().is_some_and(|w| w.starts_with('-')) {
                let flag = words.remove(0);
                if flag == "-i" || flag == "-s" {
                    return CommandOutput::err(
                        "sudo: interactive root shells are not supported in this simulator; prefix each command with sudo\n".to_string(),
                        1,
                    );
                }
            }
        }
        let Some((&cmd, args)) = words.split_first() else {
            return CommandOutput::ok(String::new());
        };
        let args: Vec<&str> = args.to_vec();
        match cmd {
            "echo" => self.echo(&args),
            "cat" => self.cat(&args, stdin),
            "tee" => self.tee(&args, stdin, root),
            "grep" => grep(&args, stdin),
            "head" => head(&args, stdin),
            "wc" => wc(&args, stdin),
            "ls" => self.ls(&args),
            "cd" => self.cd(&args),
            "pwd" => CommandOutput::ok(format!("{}\n", self.instance().guest.cwd)),
            "mkdir" => self.mkdir(&args, root),
            "touch" => self.touch(&args, root),
            "rm" => self.rm(&args, root),
            "df" => self.df(&args),
            "lsblk" => self.lsblk(&args),
            "mkfs" | "mkfs.xfs" | "mkfs.ext4" => self.mkfs(cmd, &args, root),
            "mount" => self.mount(&args, root),
            "umount" => self.umount(&args, root),
            "free" => self.free(&args),
            "which" => self.which(&args),
            "fallocate" => self.fallocate(&args, root),
            "dnf" | "yum" | "apt" | "apt-get" => self.package_manager(cmd, &args, root),
            "systemctl" => self.systemctl(&args, root),
            "curl" => self.curl(&args),
            "hostname" => {
                let ip = self.instance().private_ip.clone().unwrap_or_default();
                let r = region(&self.instance().region)
                    .map(|r| r.private_dns_name(&ip))
                    .unwrap_or(ip);
                CommandOutput::ok(format!("{r}\n"))
            }
            "whoami" => CommandOutput::ok(if root {
                "root\n".to_string()
            } else {
                format!("{}\n", self.instance().guest.user)
            }),
            "uname" => {
                let arch = if self.instance().architecture == "arm64" {
                    "aarch64"
                } else {
                    "x86_64"
                };
                if args.contains(&"-a") {
                    CommandOutput::ok(format!(
                        "Linux {} 6.1.128 #1 SMP {arch} GNU/Linux\n",
                        self.hostname()
                    ))
                } else if args.contains(&"-m") {
                    CommandOutput::ok(format!("{arch}\n"))
                } else {
                    CommandOutput::ok("Linux\n".to_string())
                }
            }
            "date" => CommandOutput::ok(format!("{}\n", cli_timestamp(self.world.now))),
            "help" => CommandOutput::ok(HELP.to_string()),
            "clear" | "true" | ":" => CommandOutput::ok(String::new()),
            "false" => CommandOutput::err(String::new(), 1),
            "exit" | "logout" => CommandOutput::ok("logout\n".to_string()),
            "reboot" => self.reboot_cmd(root),
            "shutdown" => {
                if args.contains(&"-r") {
                    self.reboot_cmd(root)
                } else if args.contains(&"-c") {
                    CommandOutput::ok(String::new())
                } else {
                    self.poweroff_cmd(root)
                }
            }
            "poweroff" | "halt" => self.poweroff_cmd(root),
            "init" if args.first() == Some(&"0") => self.poweroff_cmd(root),
            "init" if args.first() == Some(&"6") => self.reboot_cmd(root),
            _ => CommandOutput::err(format!("-bash: {cmd}: command not found\n"), 127),
        }
    }

    fn hostname(&self) -> String {
        let ip = self.instance().private_ip.clone().unwrap_or_default();
        format!("ip-{}", ip.replace('.', "-"))
    }

    fn echo(&self, args: &[&str]) -> CommandOutput {
        let mut newline = true;
        let mut escapes = false;
        let mut rest = args;
        while let Some(first) = rest.first() {
            match *first {
                "-n" => newline = false,
                "-e" => escapes = true,
                "-ne" | "-en" => {
                    newline = false;
                    escapes = true;
                }
                _ => break,
            }
            rest = &rest[1..];
        }
        let mut text = rest.join(" ");
        if escapes {
            text = text.replace("\\n", "\n").replace("\\t", "\t");
        }
        if newline {
            text.push('\n');
        }
        CommandOutput::ok(text)
    }

    fn cat(&self, args: &[&str], stdin: Option<String>) -> CommandOutput {
        let files: Vec<&&str> = args.iter().filter(|a| !a.starts_with('-')).collect();
        if files.is_empty() {
            return CommandOutput::ok(stdin.unwrap_or_default());
        }
        let mut out = CommandOutput::ok(String::new());
        for f in files {
            let abs = self.absolute(f);
            let (place, inner) = self.resolve(&abs);
            match self.fs(&place).map(|fs| fs.read(&inner)) {
                Some(Ok(content)) => out.stdout.push_str(content),
                Some(Err(e)) => {
                    out.stderr.push_str(&format!("cat: {f}: {}\n", e.text()));
                    out.exit_code = 1;
                }
                None => {
                    out.stderr
                        .push_str(&format!("cat: {f}: No such file or directory\n"));
                    out.exit_code = 1;
                }
            }
        }
        out
    }

    fn tee(&mut self, args: &[&str], stdin: Option<String>, root: bool) -> CommandOutput {
        let append = args.iter().any(|a| *a == "-a" || *a == "--append");
        let input = stdin.unwrap_or_default();
        let mut out = CommandOutput::ok(input.clone());
        for f in args.iter().filter(|a| !a.starts_with('-')) {
            if let Err(e) = self.write_file(f, &input, append, root) {
                out.stderr.push_str(&format!("tee: {e}\n"));
                out.exit_code = 1;
            }
        }
        out
    }

    fn ls(&self, args: &[&str]) -> CommandOutput {
        let long = args.iter().any(|a| a.starts_with('-') && a.contains('l'));
        let all = args.iter().any(|a| a.starts_with('-') && a.contains('a'));
        let mut paths: Vec<&str> = args
            .iter()
            .copied()
            .filter(|a| !a.starts_with('-'))
            .collect();
        if paths.is_empty() {
            paths.push(".");
        }
        let many = paths.len() > 1;
        let mut out = CommandOutput::ok(String::new());
        for p in paths {
            let abs = self.absolute(p);
            let (place, inner) = self.resolve(&abs);
            let listing = match self.fs(&place) {
                _ if abs == "/dev" => Ok(Vec::new()),
                Some(fs) => fs.list(&inner),
                None => Err(FsError::NotFound),
            };
            // Mount points and /dev/shm show as directories in their parent.
            let mut entries = match listing {
                Ok(e) => e,
                Err(FsError::NotFormatted) => Vec::new(),
                Err(e) => {
                    out.stderr
                        .push_str(&format!("ls: cannot access '{p}': {}\n", e.text()));
                    out.exit_code = 2;
                    continue;
                }
            };
            if abs == "/dev" {
                entries = vec![("shm".to_string(), true, 40)];
                let root_part = self.root_partition();
                for d in disks(self.world, self.instance()) {
                    entries.push((d.device.trim_start_matches("/dev/").to_string(), false, 0));
                }
                entries.push((root_part.trim_start_matches("/dev/").to_string(), false, 0));
                crate::sorting::sort(&mut entries);
            }
            if many {
                out.stdout.push_str(&format!("{p}:\n"));
            }
            if all {
                entries.insert(0, ("..".to_string(), true, 4096));
                entries.insert(0, (".".to_string(), true, 4096));
            }
            if long {
                out.stdout.push_str(&format!("total {}\n", entries.len()));
                for (name, dir, size) in &entries {
                    let (mode, owner) = if *dir {
                        ("drwxr-xr-x", "root")
                    } else {
                        ("-rw-r--r--", "root")
                    };
                    out.stdout
                        .push_str(&format!("{mode} 1 {owner} {owner} {size:>8} {name}\n"));
                }
            } else if !entries.is_empty() {
                let names: Vec<&str> = entries.iter().map(|(n, _, _)| n.as_str()).collect();
                out.stdout.push_str(&names.join("  "));
                out.stdout.push('\n');
            }
        }
        out
    }

    fn cd(&mut self, args: &[&str]) -> CommandOutput {
        let target = args
            .first()
            .map_or_else(|| self.home(), |a| self.absolute(a));
        let (place, inner) = self.resolve(&target);
        let is_dir = target == "/dev" || self.fs(&place).is_some_and(|fs| fs.is_dir(&inner));
        if !is_dir {
            let name = args.first().copied().unwrap_or("~");
            return CommandOutput::err(
                format!("-bash: cd: {name}: No such file or directory\n"),
                1,
            );
        }
        if let Some(i) = self.world.instances.get_mut(&self.id) {
            i.guest.cwd = target;
        }
        CommandOutput::ok(String::new())
    }

    fn mkdir(&mut self, args: &[&str], root: bool) -> CommandOutput {
        let parents = args.contains(&"-p");
        let mut out = CommandOutput::ok(String::new());
        for p in args.iter().filter(|a| !a.starts_with('-')) {
            let abs = self.absolute(p);
            if !self.may_write(&abs, root) {
                out.stderr.push_str(&format!(
                    "mkdir: cannot create directory '{p}': Permission denied\n"
                ));
                out.exit_code = 1;
                continue;
            }
            let (place, inner) = self.resolve(&abs);
            let result = match self.fs_mut(&place) {
                Some(fs) => fs.mkdir(&inner, parents),
                None => Err(FsError::NotFound),
            };
            if let Err(e) = result {
                out.stderr.push_str(&format!(
                    "mkdir: cannot create directory '{p}': {}\n",
                    e.text()
                ));
                out.exit_code = 1;
            }
        }
        out
    }

    fn touch(&mut self, args: &[&str], root: bool) -> CommandOutput {
        let mut out = CommandOutput::ok(String::new());
        for p in args.iter().filter(|a| !a.starts_with('-')) {
            let abs = self.absolute(p);
            let (place, inner) = self.resolve(&abs);
            let exists = self
                .fs(&place)
                .is_some_and(|fs| fs.is_file(&inner) || fs.is_dir(&inner));
            if exists {
                continue;
            }
            if let Err(e) = self.write_file(p, "", false, root) {
                out.stderr.push_str(&format!("touch: cannot touch {e}\n"));
                out.exit_code = 1;
            }
        }
        out
    }

    fn rm(&mut self, args: &[&str], root: bool) -> CommandOutput {
        let recursive = args
            .iter()
            .any(|a| a.starts_with('-') && (a.contains('r') || a.contains('R')));
        let force = args.iter().any(|a| a.starts_with('-') && a.contains('f'));
        let mut out = CommandOutput::ok(String::new());
        for p in args.iter().filter(|a| !a.starts_with('-')) {
            let abs = self.absolute(p);
            if !self.may_write(&abs, root) {
                out.stderr
                    .push_str(&format!("rm: cannot remove '{p}': Permission denied\n"));
                out.exit_code = 1;
                continue;
            }
            let (place, inner) = self.resolve(&abs);
            let result = match self.fs_mut(&place) {
                Some(fs) => fs.remove(&inner, recursive),
                None => Err(FsError::NotFound),
            };
            match result {
                Ok(()) => {}
                Err(FsError::NotFound) if force => {}
                Err(FsError::IsADirectory) => {
                    out.stderr
                        .push_str(&format!("rm: cannot remove '{p}': Is a directory\n"));
                    out.exit_code = 1;
                }
                Err(e) => {
                    out.stderr
                        .push_str(&format!("rm: cannot remove '{p}': {}\n", e.text()));
                    out.exit_code = 1;
                }
            }
        }
        out
    }

    fn df(&self, args: &[&str]) -> CommandOutput {
        let human_sizes = args.iter().any(|a| a.starts_with('-') && a.contains('h'));
        let show_type = args.iter().any(|a| a.starts_with('-') && a.contains('T'));
        let i = self.instance();
        let mut rows: Vec<(String, String, u64, u64, String)> = Vec::new();
        if let Some(fs) = self.fs(&self.root_place()) {
            rows.push((
                self.root_partition(),
                fs.kind.map_or("-", FsKind::as_str).to_string(),
                fs.capacity_bytes,
                fs.used_bytes(),
                "/".to_string(),
            ));
        }
        rows.push((
            "tmpfs".to_string(),
            "tmpfs".to_string(),
            i.guest.ram.capacity_bytes,
            i.guest.ram.used_bytes(),
            "/dev/shm".to_string(),
        ));
        for m in &i.guest.mounts {
            let place = match &m.target {
                MountTarget::Ebs(v) => Place::Ebs(v.clone()),
                MountTarget::InstanceStore(n) => i
                    .instance_store
                    .iter()
                    .position(|s| &s.virtual_name == n)
                    .map_or(Place::Missing, Place::Store),
            };
            if let Some(fs) = self.fs(&place) {
                rows.push((
                    m.device.clone(),
                    fs.kind.map_or("-", FsKind::as_str).to_string(),
                    fs.capacity_bytes,
                    fs.used_bytes(),
                    m.mount_point.clone(),
                ));
            }
        }
        let mut text = if show_type {
            format!(
                "{:<16} {:<6} {:>9} {:>9} {:>9} {:>4} Mounted on\n",
                "Filesystem",
                "Type",
                if human_sizes { "Size" } else { "1K-blocks" },
                "Used",
                "Avail",
                "Use%"
            )
        } else {
            format!(
                "{:<16} {:>9} {:>9} {:>9} {:>4} Mounted on\n",
                "Filesystem",
                if human_sizes { "Size" } else { "1K-blocks" },
                "Used",
                "Avail",
                "Use%"
            )
        };
        for (dev, kind, size, used, mp) in rows {
            let avail = size.saturating_sub(used);
            let pct = if size == 0 {
                0
            } else {
                (used * 100).div_ceil(size)
            };
            let f = |b: u64| {
                if human_sizes {
                    human(b)
                } else {
                    (b / 1024).to_string()
                }
            };
            if show_type {
                text.push_str(&format!(
                    "{dev:<16} {kind:<6} {:>9} {:>9} {:>9} {:>3}% {mp}\n",
                    f(size),
                    f(used),
                    f(avail),
                    pct
                ));
            } else {
                text.push_str(&format!(
                    "{dev:<16} {:>9} {:>9} {:>9} {:>3}% {mp}\n",
                    f(size),
                    f(used),
                    f(avail),
                    pct
                ));
            }
        }
        CommandOutput::ok(text)
    }

    fn mount_point_of(&self, device: &str, place: &Place) -> Option<String> {
        let i = self.instance();
        let target_matches = |m: &Mount| match (&m.target, place) {
            (MountTarget::Ebs(v), Place::Ebs(w)) => v == w,
            (MountTarget::InstanceStore(n), Place::Store(k)) => i
                .instance_store
                .get(*k)
                .is_some_and(|s| &s.virtual_name == n),
            _ => false,
        };
        i.guest
            .mounts
            .iter()
            .find(|m| m.device == device || target_matches(m))
            .map(|m| m.mount_point.clone())
    }

    fn lsblk(&self, args: &[&str]) -> CommandOutput {
        let show_fs = args.iter().any(|a| a.starts_with('-') && a.contains('f'));
        let show_model = args.iter().any(|a| a.to_uppercase().contains("MODEL"));
        let i = self.instance();
        let mut text = if show_fs {
            "NAME          FSTYPE   SIZE TYPE MOUNTPOINTS\n".to_string()
        } else {
            "NAME          MAJ:MIN  RM   SIZE RO TYPE MOUNTPOINTS\n".to_string()
        };
        for (n, d) in disks(self.world, i).into_iter().enumerate() {
            let name = d.device.trim_start_matches("/dev/").to_string();
            let fs = self.fs(&d.place);
            let fstype = fs.and_then(|f| f.kind).map_or("", FsKind::as_str);
            let major = if d.device.contains("nvme") { 259 } else { 202 };
            if d.is_root {
                let part = self
                    .root_partition()
                    .trim_start_matches("/dev/")
                    .to_string();
                if show_fs {
                    text.push_str(&format!(
                        "{name:<13} {:<6} {:>6} disk \n",
                        "",
                        human(d.size_bytes)
                    ));
                    text.push_str(&format!(
                        "└─{part:<11} {fstype:<6} {:>6} part /\n",
                        human(d.size_bytes)
                    ));
                } else {
                    text.push_str(&format!(
                        "{name:<13} {major}:{:<3} 0 {:>6}  0 disk \n",
                        n * 2,
                        human(d.size_bytes)
                    ));
                    text.push_str(&format!(
                        "└─{part:<11} {major}:{:<3} 0 {:>6}  0 part /\n",
                        n * 2 + 1,
                        human(d.size_bytes)
                    ));
                }
                continue;
            }
            let mut mp = self.mount_point_of(&d.device, &d.place).unwrap_or_default();
            if show_model {
                mp = format!("{mp} {}", d.model).trim().to_string();
            }
            if show_fs {
                text.push_str(&format!(
                    "{name:<13} {fstype:<6} {:>6} disk {mp}\n",
                    human(d.size_bytes)
                ));
            } else {
                text.push_str(&format!(
                    "{name:<13} {major}:{:<3} 0 {:>6}  0 disk {mp}\n",
                    n * 2,
                    human(d.size_bytes)
                ));
            }
        }
        CommandOutput::ok(text)
    }

    fn find_disk(&self, device: &str) -> Option<GuestDisk> {
        disks(self.world, self.instance())
            .into_iter()
            .find(|d| d.device == device)
    }

    fn mkfs(&mut self, cmd: &str, args: &[&str], root: bool) -> CommandOutput {
        let mut kind = match cmd {
            "mkfs.xfs" => Some(FsKind::Xfs),
            "mkfs.ext4" => Some(FsKind::Ext4),
            _ => None,
        };
        let mut force = false;
        let mut device = None;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            match *a {
                "-t" => kind = it.next().and_then(|t| FsKind::parse(t)),
                "-f" | "-F" => force = true,
                a if a.starts_with('-') => {}
                a => device = Some(a),
            }
        }
        let Some(kind) = kind else {
            return CommandOutput::err(
                "mkfs: use -t xfs or -t ext4 (or mkfs.xfs / mkfs.ext4)\n".to_string(),
                1,
            );
        };
        let Some(device) = device else {
            return CommandOutput::err(
                format!("Usage: mkfs.{} [options] DEVICE\n", kind.as_str()),
                1,
            );
        };
        if !root {
            return CommandOutput::err(
                format!(
                    "mkfs.{}: cannot open {device}: Permission denied\n",
                    kind.as_str()
                ),
                1,
            );
        }
        let partition = self.root_partition();
        let disk = self.find_disk(device);
        let Some(disk) = disk.filter(|_| device != partition) else {
            if device == partition || disk_is_root(device, &partition) {
                return CommandOutput::err(
                    format!(
                        "mkfs.{}: {device} contains a mounted filesystem\n",
                        kind.as_str()
                    ),
                    1,
                );
            }
            return CommandOutput::err(
                format!(
                    "mkfs.{}: cannot open {device}: No such file or directory\n",
                    kind.as_str()
                ),
                1,
            );
        };
        if disk.is_root || self.mount_point_of(device, &disk.place).is_some() {
            return CommandOutput::err(
                format!(
                    "mkfs.{}: {device} contains a mounted filesystem\n",
                    kind.as_str()
                ),
                1,
            );
        }
        let existing = self.fs(&disk.place).and_then(|f| f.kind);
        if let (Some(old), FsKind::Xfs, false) = (existing, kind, force) {
            return CommandOutput::err(
                format!(
                    "mkfs.xfs: {device} appears to contain an existing filesystem ({}).\nmkfs.xfs: Use the -f option to force overwrite.\n",
                    old.as_str()
                ),
                1,
            );
        }
        let size = disk.size_bytes;
        if let Some(fs) = self.fs_mut(&disk.place) {
            fs.format(kind);
        }
        let text = match kind {
            FsKind::Xfs => format!(
                "meta-data={device}      isize=512    agcount=4, agsize={} blks\ndata     =                bsize=4096   blocks={}, imaxpct=25\nnaming   =version 2      bsize=4096   ascii-ci=0, ftype=1\nlog      =internal log   bsize=4096   blocks=16384, version=2\n",
                size / 4096 / 4,
                size / 4096
            ),
            _ => format!(
                "mke2fs 1.46.5 (30-Dec-2021)\nCreating filesystem with {} 4k blocks and {} inodes\nWriting superblocks and filesystem accounting information: done\n",
                size / 4096,
                size / 16384
            ),
        };
        CommandOutput::ok(text)
    }

    fn mount(&mut self, args: &[&str], root: bool) -> CommandOutput {
        let positional: Vec<&str> = {
            let mut v = Vec::new();
            let mut it = args.iter();
            while let Some(a) = it.next() {
                if *a == "-t" || *a == "-o" {
                    it.next();
                } else if !a.starts_with('-') {
                    v.push(*a);
                }
            }
            v
        };
        if positional.is_empty() {
            let i = self.instance();
            let mut text = format!(
                "{} on / type {}\n",
                self.root_partition(),
                self.fs(&self.root_place())
                    .and_then(|f| f.kind)
                    .map_or("xfs", FsKind::as_str)
            );
            text.push_str("tmpfs on /dev/shm type tmpfs (rw,nosuid,nodev)\n");
            for m in &i.guest.mounts {
                let kind = match &m.target {
                    MountTarget::Ebs(v) => self.world.volumes.get(v).and_then(|v| v.fs.kind),
                    MountTarget::InstanceStore(n) => i
                        .instance_store
                        .iter()
                        .find(|s| &s.virtual_name == n)
                        .and_then(|s| s.fs.kind),
                };
                text.push_str(&format!(
                    "{} on {} type {} (rw,relatime)\n",
                    m.device,
                    m.mount_point,
                    kind.map_or("?", FsKind::as_str)
                ));
            }
            return CommandOutput::ok(text);
        }
        if positional.len() < 2 {
            return CommandOutput::err("mount: bad usage: mount DEVICE DIRECTORY\n".to_string(), 1);
        }
        if !root {
            return CommandOutput::err("mount: only root can do that.\n".to_string(), 1);
        }
        let (device, dir) = (positional[0], self.absolute(positional[1]));
        let Some(disk) = self.find_disk(device).filter(|d| !d.is_root) else {
            return CommandOutput::err(
                format!("mount: {dir}: special device {device} does not exist.\n"),
                32,
            );
        };
        if let Some(mp) = self.mount_point_of(device, &disk.place) {
            return CommandOutput::err(
                format!("mount: {dir}: {device} already mounted on {mp}.\n"),
                32,
            );
        }
        let (dir_place, dir_inner) = self.resolve(&dir);
        if !self.fs(&dir_place).is_some_and(|fs| fs.is_dir(&dir_inner)) {
            return CommandOutput::err(format!("mount: {dir}: mount point does not exist.\n"), 32);
        }
        if !self.fs(&disk.place).is_some_and(FileSystem::is_formatted) {
            return CommandOutput::err(
                format!("mount: {dir}: wrong fs type, bad option, bad superblock on {device}, missing codepage or helper program, or other error.\n"),
                32,
            );
        }
        let target = match &disk.place {
            Place::Ebs(v) => MountTarget::Ebs(v.clone()),
            Place::Store(n) => {
                MountTarget::InstanceStore(self.instance().instance_store[*n].virtual_name.clone())
            }
            _ => {
                return CommandOutput::err(
                    format!("mount: {dir}: special device {device} does not exist.\n"),
                    32,
                )
            }
        };
        if let Some(i) = self.world.instances.get_mut(&self.id) {
            i.guest.mounts.retain(|m| m.mount_point != dir);
            i.guest.mounts.push(Mount {
                mount_point: dir,
                device: device.to_string(),
                target,
            });
        }
        CommandOutput::ok(String::new())
    }

    fn umount(&mut self, args: &[&str], root: bool) -> CommandOutput {
        let Some(arg) = args.iter().find(|a| !a.starts_with('-')) else {
            return CommandOutput::err("umount: bad usage\n".to_string(), 1);
        };
        if !root {
            return CommandOutput::err(
                format!("umount: {arg}: must be superuser to unmount.\n"),
                32,
            );
        }
        let abs = if arg.starts_with("/dev/") {
            arg.to_string()
        } else {
            self.absolute(arg)
        };
        let Some(i) = self.world.instances.get_mut(&self.id) else {
            return CommandOutput::err(String::new(), 1);
        };
        let before = i.guest.mounts.len();
        i.guest
            .mounts
            .retain(|m| m.mount_point != abs && m.device != abs);
        if i.guest.mounts.len() == before {
            if abs == "/" || abs == "/dev/shm" {
                return CommandOutput::err(format!("umount: {abs}: target is busy.\n"), 32);
            }
            return CommandOutput::err(format!("umount: {abs}: not mounted.\n"), 32);
        }
        CommandOutput::ok(String::new())
    }

    fn free(&self, args: &[&str]) -> CommandOutput {
        let info = super::catalog::lookup(&self.instance().instance_type);
        let total_mib = info.map_or(1024, |t| t.memory_mib) * 95 / 100;
        let shm_mib = self.instance().guest.ram.used_bytes().div_ceil(MIB);
        let used_mib = 150 + total_mib / 20;
        let buff_mib = total_mib / 6;
        let free_mib = total_mib.saturating_sub(used_mib + shm_mib + buff_mib);
        let avail_mib = total_mib.saturating_sub(used_mib + shm_mib);
        let unit = |mib: u64| -> String {
            if args.contains(&"-h") {
                human(mib * MIB).replace('G', "Gi").replace('M', "Mi")
            } else if args.contains(&"-g") {
                (mib / 1024).to_string()
            } else if args.contains(&"-m") {
                mib.to_string()
            } else {
                (mib * 1024).to_string()
            }
        };
        let text = format!(
            "{:<7}{:>12}{:>12}{:>12}{:>12}{:>12}{:>12}\nMem:   {:>12}{:>12}{:>12}{:>12}{:>12}{:>12}\nSwap:  {:>12}{:>12}{:>12}\n",
            "", "total", "used", "free", "shared", "buff/cache", "available",
            unit(total_mib), unit(used_mib + shm_mib), unit(free_mib), unit(shm_mib), unit(buff_mib), unit(avail_mib),
            unit(0), unit(0), unit(0)
        );
        CommandOutput::ok(text)
    }

    fn find_program(&self, name: &str) -> Option<String> {
        let fs = self.fs(&self.root_place())?;
        ["/usr/bin", "/usr/sbin", "/usr/local/bin"]
            .iter()
            .map(|d| format!("{d}/{name}"))
            .find(|p| fs.is_file(p))
    }

    fn which(&self, args: &[&str]) -> CommandOutput {
        let mut out = CommandOutput::ok(String::new());
        for a in args {
            match self.find_program(a) {
                Some(p) => out.stdout.push_str(&format!("{p}\n")),
                None => {
                    out.stderr.push_str(&format!(
                        "/usr/bin/which: no {a} in (/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin)\n"
                    ));
                    out.exit_code = 1;
                }
            }
        }
        out
    }

    fn fallocate(&mut self, args: &[&str], root: bool) -> CommandOutput {
        let mut size = None;
        let mut file = None;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if *a == "-l" {
                size = it.next().and_then(|s| parse_size(s));
            } else if !a.starts_with('-') {
                file = Some(*a);
            }
        }
        let (Some(size), Some(file)) = (size, file) else {
            return CommandOutput::err("fallocate: usage: fallocate -l SIZE FILE\n".to_string(), 1);
        };
        let abs = self.absolute(file);
        if !self.may_write(&abs, root) {
            return CommandOutput::err(
                format!("fallocate: cannot open {file}: Permission denied\n"),
                1,
            );
        }
        let (place, inner) = self.resolve(&abs);
        let result = match self.fs_mut(&place) {
            Some(fs) => fs.allocate(&inner, size),
            None => Err(FsError::NotFound),
        };
        match result {
            Ok(()) => CommandOutput::ok(String::new()),
            Err(e) => CommandOutput::err(format!("fallocate: fallocate failed: {}\n", e.text()), 1),
        }
    }

    fn package_manager(&mut self, cmd: &str, args: &[&str], root: bool) -> CommandOutput {
        if self.find_program(cmd).is_none() {
            return CommandOutput::err(format!("-bash: {cmd}: command not found\n"), 127);
        }
        let os = self.instance().os;
        let apt = os.uses_apt();
        let words: Vec<&str> = args
            .iter()
            .copied()
            .filter(|a| !a.starts_with('-'))
            .collect();
        match words.first().copied() {
            Some("install") => {}
            Some("update") | Some("upgrade") if root => {
                return CommandOutput::ok(if apt {
                    "Reading package lists... Done\nAll packages are up to date.\n".to_string()
                } else {
                    "Dependencies resolved.\nNothing to do.\nComplete!\n".to_string()
                });
            }
            Some("list") => {
                let fs = self.fs(&self.root_place());
                let dir = if apt {
                    "/var/lib/dpkg/info"
                } else {
                    "/var/lib/rpm/installed"
                };
                let names: Vec<String> = fs
                    .and_then(|fs| fs.list(dir).ok())
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(n, _, _)| n.trim_end_matches(".list").to_string())
                    .collect();
                return CommandOutput::ok(if names.is_empty() {
                    String::new()
                } else {
                    format!("{}\n", names.join("\n"))
                });
            }
            _ if !root => {}
            _ => {
                return CommandOutput::err(
                    format!(
                        "{cmd}: this simulator supports '{cmd} install PACKAGE' and '{cmd} list'\n"
                    ),
                    1,
                );
            }
        }
        if !root {
            return if apt {
                CommandOutput::err(
                    "E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n".to_string(),
                    100,
                )
            } else {
                CommandOutput::err("Error: This command has to be run with superuser privileges (under the root user on most systems).\n".to_string(), 1)
            };
        }
        let names: Vec<&str> = words.iter().skip(1).copied().collect();
        if names.is_empty() {
            return CommandOutput::err(
                if apt {
                    "0 upgraded, 0 newly installed.\n".to_string()
                } else {
                    "Error: Need to pass a list of pkgs to install\n".to_string()
                },
                1,
            );
        }
        let mut out = CommandOutput::ok(String::new());
        for name in names {
            let Some(package) = osimage::find_package(os, name) else {
                if apt {
                    out.stderr
                        .push_str(&format!("E: Unable to locate package {name}\n"));
                    out.exit_code = 100;
                } else {
                    out.stdout
                        .push_str(&format!("No match for argument: {name}\n"));
                    out.stderr
                        .push_str(&format!("Error: Unable to find a match: {name}\n"));
                    out.exit_code = 1;
                }
                return out;
            };
            let marker = osimage::package_marker(os, name);
            let place = self.root_place();
            if self.fs(&place).is_some_and(|fs| fs.is_file(&marker)) {
                out.stdout.push_str(&if apt {
                    format!("{name} is already the newest version.\n")
                } else {
                    format!("Package {name} is already installed.\nDependencies resolved.\nNothing to do.\nComplete!\n")
                });
                continue;
            }
            let result = match self.fs_mut(&place) {
                Some(fs) => osimage::install(fs, os, package),
                None => Err("No such file or directory"),
            };
            match result {
                Ok(()) => out.stdout.push_str(&if apt {
                    format!("Reading package lists... Done\nSetting up {name} ...\n")
                } else {
                    format!("Dependencies resolved.\nInstalling:\n {name}\n\nInstalled:\n  {name}\n\nComplete!\n")
                }),
                Err(e) => {
                    out.stderr.push_str(&format!("Error: could not install {name}: {e}\n"));
                    out.exit_code = 1;
                    return out;
                }
            }
        }
        out
    }

    fn service_installed(&self, service: &str) -> bool {
        let os = self.instance().os;
        let Some(fs) = self.fs(&self.root_place()) else {
            return false;
        };
        osimage::packages(os)
            .iter()
            .any(|p| p.service == Some(service) && fs.is_file(&osimage::package_marker(os, p.name)))
    }

    fn systemctl(&mut self, args: &[&str], root: bool) -> CommandOutput {
        let words: Vec<&str> = args
            .iter()
            .copied()
            .filter(|a| !a.starts_with('-'))
            .collect();
        let now_flag = args.contains(&"--now");
        let (Some(verb), Some(unit)) = (words.first().copied(), words.get(1).copied()) else {
            return CommandOutput::err(
                "systemctl: usage: systemctl start|stop|restart|enable|disable|status SERVICE\n"
                    .to_string(),
                1,
            );
        };
        let service = unit.trim_end_matches(".service");
        if !self.service_installed(service) {
            return CommandOutput::err(
                format!("Failed to {verb} {service}.service: Unit {service}.service not found.\n"),
                5,
            );
        }
        let wants = format!("/etc/systemd/system/multi-user.target.wants/{service}.service");
        let running = self.instance().guest.services.contains(service);
        if verb != "status" && !root {
            return CommandOutput::err(
                format!("Failed to {verb} {service}.service: Access denied\n"),
                1,
            );
        }
        let set_running = |shell: &mut Shell, on: bool| {
            if let Some(i) = shell.world.instances.get_mut(&shell.id) {
                if on {
                    i.guest.services.insert(service.to_string());
                } else {
                    i.guest.services.remove(service);
                }
            }
        };
        match verb {
            "start" | "restart" => set_running(self, true),
            "stop" => set_running(self, false),
            "enable" | "disable" => {
                let place = self.root_place();
                let enable = verb == "enable";
                if let Some(fs) = self.fs_mut(&place) {
                    if enable {
                        let _ = fs.mkdir("/etc/systemd/system/multi-user.target.wants", true);
                        let _ =
                            fs.write(&wants, &format!("[Unit]\nDescription={service}\n"), false);
                    } else {
                        let _ = fs.remove(&wants, false);
                    }
                }
                if now_flag {
                    set_running(self, enable);
                }
                return CommandOutput::ok(if enable {
                    format!(
                        "Created symlink {wants} → /usr/lib/systemd/system/{service}.service.\n"
                    )
                } else {
                    format!("Removed \"{wants}\".\n")
                });
            }
            "status" => {
                let enabled = self
                    .fs(&self.root_place())
                    .is_some_and(|fs| fs.is_file(&wants));
                let text = format!(
                    "● {service}.service - {service}\n     Loaded: loaded (/usr/lib/systemd/system/{service}.service; {})\n     Active: {}\n",
                    if enabled { "enabled" } else { "disabled" },
                    if running { "active (running)" } else { "inactive (dead)" }
                );
                return CommandOutput {
                    stdout: text,
                    stderr: String::new(),
                    exit_code: if running { 0 } else { 3 },
                };
            }
            _ => return CommandOutput::err(format!("Unknown command verb {verb}.\n"), 1),
        }
        CommandOutput::ok(String::new())
    }

    fn curl(&self, args: &[&str]) -> CommandOutput {
        let Some(url) = args.iter().find(|a| !a.starts_with('-')) else {
            return CommandOutput::err(
                "curl: try 'curl --help' for more information\n".to_string(),
                2,
            );
        };
        let rest = url.trim_start_matches("http://");
        let (host, path) = rest.split_once('/').map_or((rest, ""), |(h, p)| (h, p));
        let i = self.instance();
        if host == "169.254.169.254" {
            let region_info = region(&i.region).ok();
            let private_ip = i.private_ip.clone().unwrap_or_default();
            let value = match path.trim_start_matches("latest/meta-data").trim_start_matches('/') {
                "" => Some("ami-id\nhostname\ninstance-id\ninstance-type\nlocal-hostname\nlocal-ipv4\nplacement/\npublic-hostname\npublic-ipv4\nreservation-id\n".to_string()),
                "instance-id" => Some(i.id.clone()),
                "instance-type" => Some(i.instance_type.clone()),
                "ami-id" => Some(i.image_id.clone()),
                "reservation-id" => Some(i.reservation_id.clone()),
                "local-ipv4" => Some(private_ip.clone()),
                "hostname" | "local-hostname" => region_info.map(|r| r.private_dns_name(&private_ip)),
                "public-ipv4" => self.world.public_ip(i),
                "public-hostname" => self.world.public_ip(i).and_then(|ip| region_info.map(|r| r.public_dns_name(&ip))),
                "placement/availability-zone" => Some(i.availability_zone.clone()),
                "placement/region" => Some(i.region.clone()),
                "placement" | "placement/" => Some("availability-zone\nregion\n".to_string()),
                _ => None,
            };
            return match value {
                Some(v) => CommandOutput::ok(v),
                None => CommandOutput::ok("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<title>404 - Not Found</title>\n".to_string()),
            };
        }
        if ["localhost", "127.0.0.1", "localhost:80", "127.0.0.1:80"].contains(&host) {
            let web = ["nginx", "httpd", "apache2"]
                .into_iter()
                .find(|s| i.guest.services.contains(*s));
            let Some(web) = web else {
                return CommandOutput::err(
                    format!("curl: (7) Failed to connect to {host} port 80 after 0 ms: Couldn't connect to server\n"),
                    7,
                );
            };
            let root_dir = match (web, i.os.uses_apt()) {
                ("nginx", false) => "/usr/share/nginx/html",
                _ => "/var/www/html",
            };
            let file = if path.is_empty() {
                if i.os.uses_apt() && web == "nginx" {
                    "index.nginx-debian.html".to_string()
                } else {
                    "index.html".to_string()
                }
            } else {
                path.to_string()
            };
            let abs = format!("{root_dir}/{file}");
            let (place, inner) = self.resolve(&abs);
            return match self.fs(&place).and_then(|fs| fs.read(&inner).ok()) {
                Some(page) => CommandOutput::ok(page.to_string()),
                None => CommandOutput::ok("<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>\n".to_string()),
            };
        }
        CommandOutput::err(
            format!("curl: (6) Could not resolve host: {host} (this simulated instance has no internet access)\n"),
            6,
        )
    }

    fn reboot_cmd(&mut self, root: bool) -> CommandOutput {
        if !root {
            return CommandOutput::err("Call to Reboot failed: Access denied\n".to_string(), 1);
        }
        let host = self.connection_host();
        self.world.begin_reboot(&self.id, RebootCause::FromGuest);
        CommandOutput::err(
            format!("Connection to {host} closed by remote host.\n"),
            255,
        )
    }

    fn poweroff_cmd(&mut self, root: bool) -> CommandOutput {
        if !root {
            return CommandOutput::err("Call to PowerOff failed: Access denied\n".to_string(), 1);
        }
        let host = self.connection_host();
        self.world.os_shutdown(&self.id);
        CommandOutput::err(
            format!("Connection to {host} closed by remote host.\n"),
            255,
        )
    }

    fn connection_host(&self) -> String {
        let i = self.instance();
        self.world
            .public_ip(i)
            .or_else(|| i.private_ip.clone())
            .unwrap_or_else(|| i.id.clone())
    }
}

fn disk_is_root(device: &str, partition: &str) -> bool {
    partition.starts_with(device)
}

fn grep(args: &[&str], stdin: Option<String>) -> CommandOutput {
    let Some(pattern) = args.iter().find(|a| !a.starts_with('-')) else {
        return CommandOutput::err("Usage: grep PATTERN\n".to_string(), 2);
    };
    let ignore_case = args.contains(&"-i");
    let input = stdin.unwrap_or_default();
    let hits: Vec<&str> = input
        .lines()
        .filter(|l| {
            if ignore_case {
                l.to_lowercase().contains(&pattern.to_lowercase())
            } else {
                l.contains(pattern)
            }
        })
        .collect();
    if hits.is_empty() {
        CommandOutput::err(String::new(), 1)
    } else {
        CommandOutput::ok(format!("{}\n", hits.join("\n")))
    }
}

fn head(args: &[&str], stdin: Option<String>) -> CommandOutput {
    let n = args
        .iter()
        .position(|a| *a == "-n")
        .and_then(|p| args.get(p + 1))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(10);
    let input = stdin.unwrap_or_default();
    let lines: Vec<&str> = input.lines().take(n).collect();
    CommandOutput::ok(if lines.is_empty() {
        String::new()
    } else {
        format!("{}\n", lines.join("\n"))
    })
}

fn wc(args: &[&str], stdin: Option<String>) -> CommandOutput {
    let input = stdin.unwrap_or_default();
    if args.contains(&"-l") {
        CommandOutput::ok(format!("{}\n", input.lines().count()))
    } else {
        CommandOutput::ok(format!(
            "{:>7} {:>7} {:>7}\n",
            input.lines().count(),
            input.split_whitespace().count(),
            input.len()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexer_handles_quotes_operators_and_errors() {
        let t = lex(r#"echo "a b" 'c>d' e\ f >> /tmp/x && ls | tee y"#).unwrap();
        assert_eq!(
            t,
            vec![
                Tok::Word("echo".into()),
                Tok::Word("a b".into()),
                Tok::Word("c>d".into()),
                Tok::Word("e f".into()),
                Tok::Op(">>"),
                Tok::Word("/tmp/x".into()),
                Tok::Op("&&"),
                Tok::Word("ls".into()),
                Tok::Op("|"),
                Tok::Word("tee".into()),
                Tok::Word("y".into()),
            ]
        );
        assert!(lex("echo 'unterminated").is_err());
        assert!(lex("sleep 5 &").is_err());
        assert_eq!(lex("echo hi>f").unwrap().len(), 4);
        assert_eq!(
            lex("echo 2 > f 2>/dev/null").unwrap(),
            vec![
                Tok::Word("echo".into()),
                Tok::Word("2".into()),
                Tok::Op(">"),
                Tok::Word("f".into()),
                Tok::Op("2>"),
                Tok::Word("/dev/null".into()),
            ]
        );
    }

    #[test]
    fn sizes() {
        assert_eq!(human(8 * GIB), "8.0G");
        assert_eq!(human(75_000_000_000), "70G");
        assert_eq!(parse_size("100M"), Some(100 * MIB));
        assert_eq!(parse_size("2GiB"), Some(2 * GIB));
        assert_eq!(parse_size("x"), None);
    }
}
