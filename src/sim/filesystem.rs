//! The small file system every volume (EBS or instance store) and the RAM disk carry: paths and
//! contents, a byte budget equal to the volume's size, and whether it is formatted at all.
//!
//! Paths here are absolute *inside this file system* ("/notes.txt"); the guest OS maps its mount
//! points onto them, so a volume's files follow it to another instance or mount point.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub const GIB: u64 = 1 << 30;
pub const MIB: u64 = 1 << 20;

/// Largest content one file may hold in the simulator. Real files can be larger; the limit keeps
/// the saved world small (it lives in the browser's storage). `fallocate` can still reserve a
/// large size without content, to fill a disk.
pub const MAX_FILE_CONTENT: usize = 64 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FsKind {
    Xfs,
    Ext4,
    Tmpfs,
}

impl FsKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FsKind::Xfs => "xfs",
            FsKind::Ext4 => "ext4",
            FsKind::Tmpfs => "tmpfs",
        }
    }
    pub fn parse(text: &str) -> Option<FsKind> {
        match text {
            "xfs" => Some(FsKind::Xfs),
            "ext4" => Some(FsKind::Ext4),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub content: String,
    /// Bytes the file occupies: the content's length, or more after `fallocate`.
    pub size: u64,
}

/// Saved (serde) as its differences from the public image root it is closest to, when that is
/// shorter (`saved` below): most volumes are an AMI's root with a few files changed, and a world of
/// 500 instances must load and save within a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileSystem {
    /// None: a raw block device (never formatted, or reset as instance store is on stop).
    pub kind: Option<FsKind>,
    pub capacity_bytes: u64,
    /// Bytes used by the operating system image, not listed file by file.
    pub base_used_bytes: u64,
    pub files: BTreeMap<String, FileEntry>,
    /// Directories other than "/".
    pub dirs: BTreeSet<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FsError {
    NotFormatted,
    NoSpace,
    FileTooLarge,
    NotFound,
    IsADirectory,
    NotADirectory,
    AlreadyExists,
    DirectoryNotEmpty,
}

impl FsError {
    /// The errno text a Linux tool prints.
    pub fn text(&self) -> &'static str {
        match self {
            FsError::NotFormatted => "wrong fs type, bad option, bad superblock",
            FsError::NoSpace => "No space left on device",
            FsError::FileTooLarge => "File too large",
            FsError::NotFound => "No such file or directory",
            FsError::IsADirectory => "Is a directory",
            FsError::NotADirectory => "Not a directory",
            FsError::AlreadyExists => "File exists",
            FsError::DirectoryNotEmpty => "Directory not empty",
        }
    }
}

/// Normalises an absolute path: collapses `//`, resolves `.` and `..`, drops a trailing `/`.
pub fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

impl FileSystem {
    /// An unformatted block device of this size.
    pub fn raw(capacity_bytes: u64) -> FileSystem {
        FileSystem {
            kind: None,
            capacity_bytes,
            base_used_bytes: 0,
            files: BTreeMap::new(),
            dirs: BTreeSet::new(),
        }
    }

    /// A freshly formatted, empty file system.
    pub fn formatted(kind: FsKind, capacity_bytes: u64) -> FileSystem {
        FileSystem {
            kind: Some(kind),
            ..FileSystem::raw(capacity_bytes)
        }
    }

    pub fn is_formatted(&self) -> bool {
        self.kind.is_some()
    }

    /// `mkfs`: a new empty file system; whatever was there is gone.
    pub fn format(&mut self, kind: FsKind) {
        self.kind = Some(kind);
        self.base_used_bytes = 0;
        self.files.clear();
        self.dirs.clear();
    }

    /// Every block reset: back to a raw device (instance store on stop/hibernate/terminate,
    /// ec2-facts 3.1 "every block of storage in the instance store is reset").
    pub fn erase(&mut self) {
        self.kind = None;
        self.base_used_bytes = 0;
        self.files.clear();
        self.dirs.clear();
    }

    /// Keeps the formatting and capacity but drops every file (RAM after a reboot).
    pub fn clear(&mut self) {
        self.files.clear();
        self.dirs.clear();
    }

    pub fn used_bytes(&self) -> u64 {
        self.base_used_bytes + self.files.values().map(|f| f.size).sum::<u64>()
    }

    pub fn available_bytes(&self) -> u64 {
        self.capacity_bytes.saturating_sub(self.used_bytes())
    }

    /// Same data: same formatting and the same files and directories (capacity aside).
    pub fn same_data(&self, other: &FileSystem) -> bool {
        self.kind == other.kind && self.files == other.files && self.dirs == other.dirs
    }

    pub fn is_dir(&self, path: &str) -> bool {
        let path = normalize(path);
        path == "/" || self.dirs.contains(&path)
    }

    pub fn is_file(&self, path: &str) -> bool {
        self.files.contains_key(&normalize(path))
    }

    fn ready(&self) -> Result<(), FsError> {
        if self.is_formatted() {
            Ok(())
        } else {
            Err(FsError::NotFormatted)
        }
    }

    fn check_parent(&self, path: &str) -> Result<(), FsError> {
        let p = parent(path);
        if self.files.contains_key(p) {
            Err(FsError::NotADirectory)
        } else if self.is_dir(p) {
            Ok(())
        } else {
            Err(FsError::NotFound)
        }
    }

    /// `echo … > path` (append = false) or `>>` (append = true). The parent directory must exist.
    pub fn write(&mut self, path: &str, content: &str, append: bool) -> Result<(), FsError> {
        self.ready()?;
        let path = normalize(path);
        if self.is_dir(&path) {
            return Err(FsError::IsADirectory);
        }
        self.check_parent(&path)?;
        let old = self.files.get(&path);
        let new_content = match (append, old) {
            (true, Some(f)) => format!("{}{}", f.content, content),
            _ => content.to_string(),
        };
        if new_content.len() > MAX_FILE_CONTENT {
            return Err(FsError::FileTooLarge);
        }
        let old_size = old.map_or(0, |f| f.size);
        let new_size = match (append, old) {
            (true, Some(f)) => f.size + content.len() as u64,
            _ => new_content.len() as u64,
        };
        if new_size > old_size && new_size - old_size > self.available_bytes() {
            return Err(FsError::NoSpace);
        }
        self.files.insert(
            path,
            FileEntry {
                content: new_content,
                size: new_size,
            },
        );
        Ok(())
    }

    /// `fallocate -l SIZE path`: reserves space without content.
    pub fn allocate(&mut self, path: &str, size: u64) -> Result<(), FsError> {
        self.ready()?;
        let path = normalize(path);
        if self.is_dir(&path) {
            return Err(FsError::IsADirectory);
        }
        self.check_parent(&path)?;
        let old = self.files.get(&path).map_or(0, |f| f.size);
        if size > old && size - old > self.available_bytes() {
            return Err(FsError::NoSpace);
        }
        let content = self
            .files
            .get(&path)
            .map(|f| f.content.clone())
            .unwrap_or_default();
        let size = size.max(content.len() as u64);
        self.files.insert(path, FileEntry { content, size });
        Ok(())
    }

    pub fn read(&self, path: &str) -> Result<&str, FsError> {
        self.ready()?;
        let path = normalize(path);
        if self.is_dir(&path) {
            return Err(FsError::IsADirectory);
        }
        self.files
            .get(&path)
            .map(|f| f.content.as_str())
            .ok_or(FsError::NotFound)
    }

    pub fn mkdir(&mut self, path: &str, parents: bool) -> Result<(), FsError> {
        self.ready()?;
        let path = normalize(path);
        if self.files.contains_key(&path) {
            return Err(FsError::AlreadyExists);
        }
        if self.is_dir(&path) {
            return if parents {
                Ok(())
            } else {
                Err(FsError::AlreadyExists)
            };
        }
        if parents {
            let mut so_far = String::new();
            for part in path.split('/').filter(|p| !p.is_empty()) {
                so_far.push('/');
                so_far.push_str(part);
                if self.files.contains_key(&so_far) {
                    return Err(FsError::NotADirectory);
                }
                self.dirs.insert(so_far.clone());
            }
            Ok(())
        } else {
            self.check_parent(&path)?;
            self.dirs.insert(path);
            Ok(())
        }
    }

    /// `rm` (recursive = false: files only) or `rm -r`.
    pub fn remove(&mut self, path: &str, recursive: bool) -> Result<(), FsError> {
        self.ready()?;
        let path = normalize(path);
        if self.files.remove(&path).is_some() {
            return Ok(());
        }
        if path == "/" || !self.dirs.contains(&path) {
            return Err(if path == "/" {
                FsError::IsADirectory
            } else {
                FsError::NotFound
            });
        }
        if !recursive {
            return Err(FsError::IsADirectory);
        }
        let prefix = format!("{path}/");
        self.files.retain(|p, _| !p.starts_with(&prefix));
        self.dirs.retain(|d| d != &path && !d.starts_with(&prefix));
        Ok(())
    }

    /// Entries directly inside a directory: (name, is_dir, size), sorted by name.
    pub fn list(&self, path: &str) -> Result<Vec<(String, bool, u64)>, FsError> {
        self.ready()?;
        let path = normalize(path);
        if let Some(f) = self.files.get(&path) {
            let name = path.rsplit('/').next().unwrap_or("").to_string();
            return Ok(vec![(name, false, f.size)]);
        }
        if !self.is_dir(&path) {
            return Err(FsError::NotFound);
        }
        let prefix = if path == "/" {
            "/".to_string()
        } else {
            format!("{path}/")
        };
        let direct = |p: &str| -> Option<String> {
            let rest = p.strip_prefix(&prefix)?;
            (!rest.is_empty() && !rest.contains('/')).then(|| rest.to_string())
        };
        let mut out: Vec<(String, bool, u64)> = self
            .dirs
            .iter()
            .filter_map(|d| direct(d).map(|n| (n, true, 4096)))
            .chain(
                self.files
                    .iter()
                    .filter_map(|(p, f)| direct(p).map(|n| (n, false, f.size))),
            )
            .collect();
        crate::sorting::sort(&mut out);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn al2023_root() -> FileSystem {
        crate::sim::ami::public_root_filesystems()
            .iter()
            .find(|(key, _)| *key == "al2023-x86_64")
            .map(|(_, fs)| fs.clone())
            .unwrap()
    }

    #[test]
    fn a_changed_image_root_is_saved_as_its_changes_and_read_back_whole() {
        let mut fs = al2023_root();
        fs.capacity_bytes = 30 * GIB;
        fs.mkdir("/var/www/html", true).unwrap();
        fs.write("/var/www/html/index.html", "<h1>hi</h1>", false)
            .unwrap();
        fs.write("/etc/motd", "changed", false).unwrap();
        let removed = fs
            .files
            .keys()
            .find(|p| p.starts_with("/usr/bin/"))
            .cloned();
        fs.remove(removed.as_deref().unwrap(), false).unwrap();

        let json = serde_json::to_string(&fs).unwrap();
        // What the old format wrote: every file and directory.
        let whole = serde_json::json!({ "files": fs.files, "dirs": fs.dirs })
            .to_string()
            .len();
        assert!(json.contains(r#""from":"al2023-x86_64""#), "{json}");
        assert!(json.contains("removed_files"), "{json}");
        assert!(
            json.len() * 3 < whole,
            "{} bytes saved vs {whole}",
            json.len()
        );
        assert_eq!(serde_json::from_str::<FileSystem>(&json).unwrap(), fs);
    }

    #[test]
    fn a_world_saved_before_the_compact_format_still_loads() {
        // The old format: every file and directory written out, no "from".
        let fs = al2023_root();
        let old = serde_json::json!({
            "kind": "xfs",
            "capacity_bytes": fs.capacity_bytes,
            "base_used_bytes": fs.base_used_bytes,
            "files": fs.files,
            "dirs": fs.dirs,
        });
        assert_eq!(serde_json::from_value::<FileSystem>(old).unwrap(), fs);
    }

    #[test]
    fn small_file_systems_are_saved_whole_and_an_unknown_base_is_a_clear_error() {
        let mut ram = FileSystem::formatted(FsKind::Tmpfs, 100 * MIB);
        ram.write("/note", "kept in RAM", false).unwrap();
        let json = serde_json::to_string(&ram).unwrap();
        assert!(!json.contains("from"), "{json}");
        assert_eq!(serde_json::from_str::<FileSystem>(&json).unwrap(), ram);

        let unknown = r#"{"kind":"xfs","capacity_bytes":1,"base_used_bytes":0,"from":"beos-5","files":{},"dirs":[]}"#;
        let error = serde_json::from_str::<FileSystem>(unknown).unwrap_err();
        assert!(error.to_string().contains("beos-5"), "{error}");
    }

    #[test]
    fn facts_3_x_writes_respect_the_volume_size() {
        let mut fs = FileSystem::formatted(FsKind::Xfs, 100);
        fs.write("/a.txt", "0123456789", false).unwrap();
        assert_eq!(fs.used_bytes(), 10);
        assert_eq!(
            fs.write("/b.txt", &"x".repeat(91), false),
            Err(FsError::NoSpace)
        );
        fs.write("/b.txt", &"x".repeat(90), false).unwrap();
        assert_eq!(fs.write("/a.txt", "!", true), Err(FsError::NoSpace));
        // Overwriting with something smaller frees space.
        fs.write("/b.txt", "y", false).unwrap();
        fs.write("/a.txt", "!", true).unwrap();
        assert_eq!(fs.read("/a.txt").unwrap(), "0123456789!");
    }

    #[test]
    fn unformatted_devices_refuse_everything() {
        let mut fs = FileSystem::raw(GIB);
        assert_eq!(fs.write("/a", "x", false), Err(FsError::NotFormatted));
        fs.format(FsKind::Ext4);
        fs.write("/a", "x", false).unwrap();
        fs.erase();
        assert!(!fs.is_formatted());
        assert!(fs.files.is_empty());
    }

    #[test]
    fn directories_and_paths() {
        let mut fs = FileSystem::formatted(FsKind::Xfs, GIB);
        assert_eq!(fs.write("/d/a", "x", false), Err(FsError::NotFound));
        fs.mkdir("/d/e", true).unwrap();
        fs.write("/d/./e/../a", "x", false).unwrap();
        assert_eq!(fs.read("/d/a").unwrap(), "x");
        assert_eq!(
            fs.list("/d").unwrap(),
            vec![("a".to_string(), false, 1), ("e".to_string(), true, 4096)]
        );
        assert_eq!(fs.remove("/d", false), Err(FsError::IsADirectory));
        fs.remove("/d", true).unwrap();
        assert!(fs.files.is_empty() && fs.dirs.is_empty());
        assert_eq!(normalize("//a/../b/./c/"), "/b/c");
    }

    #[test]
    fn huge_content_is_refused_and_fallocate_fills_a_disk() {
        let mut fs = FileSystem::formatted(FsKind::Xfs, GIB);
        let big = "x".repeat(MAX_FILE_CONTENT + 1);
        assert_eq!(fs.write("/big", &big, false), Err(FsError::FileTooLarge));
        fs.allocate("/fill", GIB - 10).unwrap();
        assert_eq!(
            fs.write("/a", &"x".repeat(11), false),
            Err(FsError::NoSpace)
        );
        assert_eq!(fs.allocate("/more", 11), Err(FsError::NoSpace));
    }
}

mod saved {
    //! How a [`FileSystem`] is written in a saved world. `from` names a public image whose root file
    //! system is the base; `files`/`dirs` then hold only what was added or changed, and
    //! `removed_files`/`removed_dirs` what was deleted from the base. Without `from` (every world
    //! saved before this format, and file systems unlike any image root), `files` and `dirs` are
    //! complete, as they always were.

    use std::collections::{BTreeMap, BTreeSet};

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{FileEntry, FileSystem, FsKind};
    use crate::sim::ami::public_root_filesystems;

    #[derive(Serialize)]
    struct SavedRef<'a> {
        kind: Option<FsKind>,
        capacity_bytes: u64,
        base_used_bytes: u64,
        #[serde(skip_serializing_if = "Option::is_none")]
        from: Option<&'static str>,
        files: BTreeMap<&'a str, &'a FileEntry>,
        dirs: Vec<&'a str>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        removed_files: Vec<&'a str>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        removed_dirs: Vec<&'a str>,
    }

    #[derive(Deserialize)]
    struct Saved {
        kind: Option<FsKind>,
        capacity_bytes: u64,
        base_used_bytes: u64,
        #[serde(default)]
        from: Option<String>,
        files: BTreeMap<String, FileEntry>,
        dirs: BTreeSet<String>,
        #[serde(default)]
        removed_files: Vec<String>,
        #[serde(default)]
        removed_dirs: Vec<String>,
    }

    /// How many entries writing `fs` as differences from `base` takes.
    fn difference(fs: &FileSystem, base: &FileSystem) -> usize {
        let files = fs
            .files
            .iter()
            .filter(|(path, entry)| base.files.get(*path) != Some(entry))
            .count()
            + base
                .files
                .keys()
                .filter(|path| !fs.files.contains_key(*path))
                .count();
        let dirs = fs.dirs.symmetric_difference(&base.dirs).count();
        files + dirs
    }

    /// The public image root `fs` differs least from, if writing the differences is shorter.
    fn closest_base(fs: &FileSystem) -> Option<(&'static str, &'static FileSystem)> {
        if fs.files.len() + fs.dirs.len() < 8 {
            return None; // small already: instance store, RAM, a new empty volume
        }
        public_root_filesystems()
            .iter()
            .filter(|(_, base)| base.kind == fs.kind)
            .map(|(key, base)| (difference(fs, base), *key, base))
            .min_by_key(|(n, _, _)| *n)
            .filter(|(n, _, _)| *n < fs.files.len() + fs.dirs.len())
            .map(|(_, key, base)| (key, base))
    }

    pub fn serialize<S: Serializer>(fs: &FileSystem, serializer: S) -> Result<S::Ok, S::Error> {
        let saved = match closest_base(fs) {
            None => SavedRef {
                kind: fs.kind,
                capacity_bytes: fs.capacity_bytes,
                base_used_bytes: fs.base_used_bytes,
                from: None,
                files: crate::sorting::map_of(fs.files.iter().map(|(p, e)| (p.as_str(), e))),
                dirs: fs.dirs.iter().map(String::as_str).collect(),
                removed_files: Vec::new(),
                removed_dirs: Vec::new(),
            },
            Some((key, base)) => SavedRef {
                kind: fs.kind,
                capacity_bytes: fs.capacity_bytes,
                base_used_bytes: fs.base_used_bytes,
                from: Some(key),
                files: crate::sorting::map_of(
                    fs.files
                        .iter()
                        .filter(|(path, entry)| base.files.get(*path) != Some(entry))
                        .map(|(p, e)| (p.as_str(), e)),
                ),
                dirs: fs.dirs.difference(&base.dirs).map(String::as_str).collect(),
                removed_files: base
                    .files
                    .keys()
                    .filter(|path| !fs.files.contains_key(*path))
                    .map(String::as_str)
                    .collect(),
                removed_dirs: base.dirs.difference(&fs.dirs).map(String::as_str).collect(),
            },
        };
        saved.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<FileSystem, D::Error> {
        let saved = Saved::deserialize(deserializer)?;
        let (mut files, mut dirs) = match &saved.from {
            None => (BTreeMap::new(), BTreeSet::new()),
            Some(key) => {
                let (_, base) = public_root_filesystems()
                    .iter()
                    .find(|(k, _)| k == key)
                    .ok_or_else(|| {
                        serde::de::Error::custom(format!(
                            "a file system saved as changes to \"{key}\", an image root this version does not have"
                        ))
                    })?;
                (base.files.clone(), base.dirs.clone())
            }
        };
        for path in &saved.removed_files {
            files.remove(path);
        }
        for path in &saved.removed_dirs {
            dirs.remove(path);
        }
        files.extend(saved.files);
        dirs.extend(saved.dirs);
        Ok(FileSystem {
            kind: saved.kind,
            capacity_bytes: saved.capacity_bytes,
            base_used_bytes: saved.base_used_bytes,
            files,
            dirs,
        })
    }
}

impl Serialize for FileSystem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        saved::serialize(self, serializer)
    }
}

impl<'de> Deserialize<'de> for FileSystem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<FileSystem, D::Error> {
        saved::deserialize(deserializer)
    }
}
