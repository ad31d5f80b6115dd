//! The real Amazon EC2 instance-type catalogue (ec2-facts 2.4): 1,395 types from AWS
//! DescribeInstanceTypes output as shipped in moto 5.2.5 (Apache-2.0).
//!
//! The data lives in `data/instance-types.tsv`, written by `scripts/gen-instance-types`, and is
//! embedded in the binary. It is parsed once, on first use. A malformed line is skipped rather than
//! panicking (a test proves the embedded file has none), so a bad regeneration can never take the
//! app down at run time.
//!
//! The explorer's filter (`TypeFilter`) lives here too; the name grammar (family letters,
//! generation, attribute letters, sizes) lives in `decode`.

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::decode;

/// The generated catalogue, as committed.
pub const EMBEDDED_TSV: &str = include_str!("../../data/instance-types.tsv");

/// The header line the generator writes; a different one means the columns moved.
const HEADER: &str =
    "type\tvcpus\tmemory_mib\tarch\thypervisor\tbare_metal\tburstable\tcurrent\tnetwork\
\thibernation\troot\tebs_nvme\tstore\tstore_gb\tstore_nvme\tcpu\tghz\tgpus";
const COLUMN_COUNT: usize = 18;

/// A processor architecture, spelt as in `ProcessorInfo.SupportedArchitectures`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Architecture {
    #[serde(rename = "i386")]
    I386,
    #[serde(rename = "x86_64")]
    X86_64,
    #[serde(rename = "arm64")]
    Arm64,
    #[serde(rename = "x86_64_mac")]
    X86_64Mac,
    #[serde(rename = "arm64_mac")]
    Arm64Mac,
}

impl Architecture {
    pub const ALL: [Architecture; 5] = [
        Architecture::I386,
        Architecture::X86_64,
        Architecture::Arm64,
        Architecture::X86_64Mac,
        Architecture::Arm64Mac,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Architecture::I386 => "i386",
            Architecture::X86_64 => "x86_64",
            Architecture::Arm64 => "arm64",
            Architecture::X86_64Mac => "x86_64_mac",
            Architecture::Arm64Mac => "arm64_mac",
        }
    }

    pub fn parse(text: &str) -> Option<Architecture> {
        Architecture::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

/// The hypervisor of a virtualised type. Bare-metal types have none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Hypervisor {
    Nitro,
    Xen,
}

impl Hypervisor {
    pub fn as_str(self) -> &'static str {
        match self {
            Hypervisor::Nitro => "nitro",
            Hypervisor::Xen => "xen",
        }
    }
}

/// The medium of an instance-store disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiskKind {
    Ssd,
    Hdd,
}

impl DiskKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DiskKind::Ssd => "ssd",
            DiskKind::Hdd => "hdd",
        }
    }
}

/// `NvmeSupport` as AWS reports it for EBS and for instance store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NvmeSupport {
    Unsupported,
    Supported,
    Required,
}

impl NvmeSupport {
    pub fn as_str(self) -> &'static str {
        match self {
            NvmeSupport::Unsupported => "unsupported",
            NvmeSupport::Supported => "supported",
            NvmeSupport::Required => "required",
        }
    }

    fn parse(text: &str) -> Option<NvmeSupport> {
        match text {
            "unsupported" => Some(NvmeSupport::Unsupported),
            "supported" => Some(NvmeSupport::Supported),
            "required" => Some(NvmeSupport::Required),
            _ => None,
        }
    }

    /// True when NVMe can be used at all ("supported" or "required").
    pub fn is_available(self) -> bool {
        self != NvmeSupport::Unsupported
    }
}

/// `ProcessorInfo.Manufacturer`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Manufacturer {
    Intel,
    #[serde(rename = "AMD")]
    Amd,
    #[serde(rename = "AWS")]
    Aws,
    Apple,
}

impl Manufacturer {
    pub const ALL: [Manufacturer; 4] = [
        Manufacturer::Intel,
        Manufacturer::Amd,
        Manufacturer::Aws,
        Manufacturer::Apple,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Manufacturer::Intel => "Intel",
            Manufacturer::Amd => "AMD",
            Manufacturer::Aws => "AWS",
            Manufacturer::Apple => "Apple",
        }
    }

    pub fn parse(text: &str) -> Option<Manufacturer> {
        Manufacturer::ALL.into_iter().find(|m| m.as_str() == text)
    }
}

/// AWS's instance-type categories (ec2-facts 2.2), as the console's type explorer groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    GeneralPurpose,
    ComputeOptimized,
    MemoryOptimized,
    StorageOptimized,
    AcceleratedComputing,
    HpcOptimized,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::GeneralPurpose,
        Category::ComputeOptimized,
        Category::MemoryOptimized,
        Category::StorageOptimized,
        Category::AcceleratedComputing,
        Category::HpcOptimized,
    ];

    /// A stable identifier, e.g. for a URL or a select option.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::GeneralPurpose => "general-purpose",
            Category::ComputeOptimized => "compute-optimized",
            Category::MemoryOptimized => "memory-optimized",
            Category::StorageOptimized => "storage-optimized",
            Category::AcceleratedComputing => "accelerated-computing",
            Category::HpcOptimized => "hpc-optimized",
        }
    }

    pub fn name_en(self) -> &'static str {
        match self {
            Category::GeneralPurpose => "General purpose",
            Category::ComputeOptimized => "Compute optimized",
            Category::MemoryOptimized => "Memory optimized",
            Category::StorageOptimized => "Storage optimized",
            Category::AcceleratedComputing => "Accelerated computing",
            Category::HpcOptimized => "High performance computing",
        }
    }

    /// The Korean console's names for the categories.
    pub fn name_ko(self) -> &'static str {
        match self {
            Category::GeneralPurpose => "범용",
            Category::ComputeOptimized => "컴퓨팅 최적화",
            Category::MemoryOptimized => "메모리 최적화",
            Category::StorageOptimized => "스토리지 최적화",
            Category::AcceleratedComputing => "가속화된 컴퓨팅",
            Category::HpcOptimized => "고성능 컴퓨팅(HPC) 최적화",
        }
    }
}

/// One group of identical instance-store disks, e.g. 3 × 1980 GB HDD.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceStoreDisk {
    pub count: u32,
    pub size_gb: u64,
    pub kind: DiskKind,
}

/// `InstanceStorageInfo`: the disks a type brings, fixed at launch (ec2-facts 2.3, 3.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceStore {
    pub disks: Vec<InstanceStoreDisk>,
    pub total_gb: u64,
    /// NVMe can be used (`NvmeSupport` is "supported" or "required").
    pub nvme: bool,
    pub nvme_support: NvmeSupport,
}

impl InstanceStore {
    pub fn disk_count(&self) -> u32 {
        self.disks.iter().map(|d| d.count).sum()
    }

    pub fn has_hdd(&self) -> bool {
        self.disks.iter().any(|d| d.kind == DiskKind::Hdd)
    }
}

/// One real instance type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InstanceTypeInfo {
    pub name: String,
    pub vcpus: u32,
    pub memory_mib: u64,
    pub architectures: Vec<Architecture>,
    /// None for bare metal, which runs without a hypervisor.
    pub hypervisor: Option<Hypervisor>,
    pub bare_metal: bool,
    pub burstable: bool,
    pub current_generation: bool,
    /// AWS's own wording, e.g. "Up to 10 Gigabit" or "Low to Moderate".
    pub network_performance: String,
    pub hibernation_supported: bool,
    pub supports_ebs_root: bool,
    pub supports_instance_store_root: bool,
    /// `EbsInfo.NvmeSupport != "unsupported"`: EBS volumes appear as NVMe devices.
    pub ebs_nvme: bool,
    pub ebs_nvme_support: NvmeSupport,
    pub instance_store: Option<InstanceStore>,
    pub manufacturer: Manufacturer,
    /// `SustainedClockSpeedInGhz`; a few types do not report it.
    pub sustained_clock_ghz: Option<f64>,
    /// GPUs; a fraction for GPU-partition sizes such as `g6f.large` (1/8 of a GPU). 0 when none.
    pub gpus: f64,
}

impl InstanceTypeInfo {
    /// The instance family: everything before the dot (`c6i` for `c6i.large`, ec2-facts 2.1).
    pub fn family(&self) -> &str {
        self.name
            .split_once('.')
            .map_or(&self.name, |(family, _)| family)
    }

    /// The size: everything after the dot (`large`, `metal-24xl`).
    pub fn size(&self) -> &str {
        self.name.split_once('.').map_or("", |(_, size)| size)
    }

    pub fn category(&self) -> Option<Category> {
        decode::family_category(self.family())
    }

    /// The generation number, e.g. 7 for `c7gn`; None for families without one (`mac-m4`).
    pub fn generation(&self) -> Option<u32> {
        decode::family_generation(self.family())
    }

    /// The attribute letters after the generation, e.g. "gn" for `c7gn`.
    pub fn attribute_letters(&self) -> &str {
        decode::family_attributes(self.family())
    }

    pub fn has_instance_store(&self) -> bool {
        self.instance_store.is_some()
    }

    pub fn memory_gib(&self) -> f64 {
        self.memory_mib as f64 / 1024.0
    }

    pub fn supports_architecture(&self, architecture: Architecture) -> bool {
        self.architectures.contains(&architecture)
    }
}

/// A line of the data file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    /// 1-based line number in the file.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "instance-types.tsv line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for CatalogError {}

/// Parses a whole catalogue, stopping at the first problem. Used by tests and tools; the app
/// itself goes through `all()`, which skips bad lines instead.
pub fn parse_catalog(text: &str) -> Result<Vec<InstanceTypeInfo>, CatalogError> {
    let (types, errors) = parse_lenient(text);
    match errors.into_iter().next() {
        Some(error) => Err(error),
        None => Ok(types),
    }
}

/// Every readable line, sorted by name with duplicates dropped, plus what went wrong with the rest.
fn parse_lenient(text: &str) -> (Vec<InstanceTypeInfo>, Vec<CatalogError>) {
    let mut types = Vec::new();
    let mut errors = Vec::new();
    let mut header_seen = false;
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            if line != HEADER {
                errors.push(CatalogError {
                    line: line_number,
                    message: format!("expected the header line {HEADER:?}, found {line:?}"),
                });
                return (types, errors);
            }
            continue;
        }
        match parse_line(line) {
            Ok(info) => types.push(info),
            Err(message) => errors.push(CatalogError {
                line: line_number,
                message,
            }),
        }
    }
    if !header_seen {
        errors.push(CatalogError {
            line: 0,
            message: "no header line: the file is empty".to_string(),
        });
    }
    crate::sorting::sort_by(&mut types, |a, b| a.name.cmp(&b.name));
    let before = types.len();
    types.dedup_by(|a, b| a.name == b.name);
    if types.len() != before {
        errors.push(CatalogError {
            line: 0,
            message: format!("{} duplicate instance type name(s)", before - types.len()),
        });
    }
    (types, errors)
}

fn parse_line(line: &str) -> Result<InstanceTypeInfo, String> {
    let fields: Vec<&str> = line.split('\t').collect();
    if fields.len() != COLUMN_COUNT {
        return Err(format!(
            "expected {COLUMN_COUNT} tab-separated fields, found {}",
            fields.len()
        ));
    }
    let name = fields[0];
    if name.is_empty() || !name.contains('.') {
        return Err(format!(
            "expected a type name like t2.micro, found {name:?}"
        ));
    }
    let in_type = |message: String| format!("{name}: {message}");
    let roots: Vec<&str> = fields[10].split(',').collect();
    if roots.iter().any(|r| *r != "ebs" && *r != "instance-store") {
        return Err(in_type(format!(
            "root device types: expected ebs and/or instance-store, found {:?}",
            fields[10]
        )));
    }
    let ebs_nvme_support = NvmeSupport::parse(fields[11]).ok_or_else(|| {
        in_type(format!(
            "ebs_nvme: expected unsupported, supported or required, found {:?}",
            fields[11]
        ))
    })?;
    Ok(InstanceTypeInfo {
        name: name.to_string(),
        vcpus: parse_number(fields[1], "vcpus").map_err(in_type)?,
        memory_mib: parse_number(fields[2], "memory_mib").map_err(in_type)?,
        architectures: parse_architectures(fields[3]).map_err(in_type)?,
        hypervisor: parse_hypervisor(fields[4]).map_err(in_type)?,
        bare_metal: parse_flag(fields[5], "bare_metal").map_err(in_type)?,
        burstable: parse_flag(fields[6], "burstable").map_err(in_type)?,
        current_generation: parse_flag(fields[7], "current").map_err(in_type)?,
        network_performance: fields[8].to_string(),
        hibernation_supported: parse_flag(fields[9], "hibernation").map_err(in_type)?,
        supports_ebs_root: roots.contains(&"ebs"),
        supports_instance_store_root: roots.contains(&"instance-store"),
        ebs_nvme: ebs_nvme_support.is_available(),
        ebs_nvme_support,
        instance_store: parse_instance_store(fields[12], fields[13], fields[14])
            .map_err(in_type)?,
        manufacturer: Manufacturer::parse(fields[15]).ok_or_else(|| {
            in_type(format!(
                "cpu: expected Intel, AMD, AWS or Apple, found {:?}",
                fields[15]
            ))
        })?,
        sustained_clock_ghz: match fields[16] {
            "-" => None,
            text => Some(parse_number(text, "ghz").map_err(in_type)?),
        },
        gpus: parse_number(fields[17], "gpus").map_err(in_type)?,
    })
}

fn parse_number<T: std::str::FromStr>(text: &str, column: &str) -> Result<T, String> {
    text.parse()
        .map_err(|_| format!("{column}: expected a number, found {text:?}"))
}

fn parse_flag(text: &str, column: &str) -> Result<bool, String> {
    match text {
        "y" => Ok(true),
        "n" => Ok(false),
        _ => Err(format!("{column}: expected y or n, found {text:?}")),
    }
}

fn parse_architectures(text: &str) -> Result<Vec<Architecture>, String> {
    text.split(',')
        .map(|word| {
            Architecture::parse(word).ok_or_else(|| {
                format!(
                    "arch: expected i386, x86_64, arm64, x86_64_mac or arm64_mac, found {word:?}"
                )
            })
        })
        .collect()
}

fn parse_hypervisor(text: &str) -> Result<Option<Hypervisor>, String> {
    match text {
        "nitro" => Ok(Some(Hypervisor::Nitro)),
        "xen" => Ok(Some(Hypervisor::Xen)),
        "-" => Ok(None),
        _ => Err(format!(
            "hypervisor: expected nitro, xen or -, found {text:?}"
        )),
    }
}

/// Reads `3x1980hdd` (groups joined by `+`), the total and the NVMe support; all `-` when none.
fn parse_instance_store(
    disks: &str,
    total: &str,
    nvme: &str,
) -> Result<Option<InstanceStore>, String> {
    if disks == "-" && total == "-" && nvme == "-" {
        return Ok(None);
    }
    let disks = disks
        .split('+')
        .map(parse_disk_group)
        .collect::<Result<Vec<_>, _>>()?;
    let nvme_support = NvmeSupport::parse(nvme).ok_or_else(|| {
        format!("store_nvme: expected unsupported, supported or required, found {nvme:?}")
    })?;
    Ok(Some(InstanceStore {
        disks,
        total_gb: parse_number(total, "store_gb")?,
        nvme: nvme_support.is_available(),
        nvme_support,
    }))
}

fn parse_disk_group(text: &str) -> Result<InstanceStoreDisk, String> {
    let expected = || format!("store: expected COUNTxSIZE{{ssd|hdd}} like 1x75ssd, found {text:?}");
    let (count, rest) = text.split_once('x').ok_or_else(expected)?;
    let (size, kind) = if let Some(size) = rest.strip_suffix("ssd") {
        (size, DiskKind::Ssd)
    } else if let Some(size) = rest.strip_suffix("hdd") {
        (size, DiskKind::Hdd)
    } else {
        return Err(expected());
    };
    Ok(InstanceStoreDisk {
        count: count.parse().map_err(|_| expected())?,
        size_gb: size.parse().map_err(|_| expected())?,
        kind,
    })
}

/// Every real instance type, sorted by name.
pub fn all() -> &'static [InstanceTypeInfo] {
    static CATALOG: OnceLock<Vec<InstanceTypeInfo>> = OnceLock::new();
    CATALOG.get_or_init(|| parse_lenient(EMBEDDED_TSV).0)
}

/// The real type with exactly this name (names are lowercase, as in the API), or None.
pub fn lookup(name: &str) -> Option<&'static InstanceTypeInfo> {
    let types = all();
    types
        .binary_search_by(|t| t.name.as_str().cmp(name))
        .ok()
        .map(|index| &types[index])
}

/// Every family in the catalogue (`a1`, `c5`, `c7i-flex`, ...), sorted, each once.
pub fn families() -> Vec<&'static str> {
    let mut families: Vec<&'static str> = all().iter().map(|t| t.family()).collect();
    families.sort_unstable();
    families.dedup();
    families
}

/// The explorer's filters (issue 5). Every field left at its default lets everything through.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TypeFilter {
    pub category: Option<Category>,
    /// An exact family such as `m5d` or `c7i-flex`.
    pub family: Option<String>,
    pub generation: Option<u32>,
    /// A processor attribute letter after the generation: `a` (AMD), `g` (Graviton), `i` (Intel).
    pub processor_letter: Option<char>,
    pub manufacturer: Option<Manufacturer>,
    pub architecture: Option<Architecture>,
    pub min_vcpus: Option<u32>,
    pub max_vcpus: Option<u32>,
    pub min_memory_mib: Option<u64>,
    pub max_memory_mib: Option<u64>,
    pub instance_store: Option<bool>,
    pub burstable: Option<bool>,
    pub current_generation: Option<bool>,
    pub bare_metal: Option<bool>,
    pub gpu: Option<bool>,
    /// Free text: every whitespace-separated word must appear, case-insensitively, in the
    /// name, the processor manufacturer or an architecture.
    pub text: String,
}

impl TypeFilter {
    pub fn matches(&self, t: &InstanceTypeInfo) -> bool {
        self.matches_lowercase_text(&self.text.to_lowercase(), t)
    }

    /// `matches` with the free text already lowercased, so `apply` lowercases it once, not per type.
    fn matches_lowercase_text(&self, words: &str, t: &InstanceTypeInfo) -> bool {
        self.matches_flags(t)
            && self.matches_ranges(t)
            && self.matches_name(t)
            && matches_text(words, t)
    }

    fn matches_flags(&self, t: &InstanceTypeInfo) -> bool {
        wanted(self.instance_store, t.has_instance_store())
            && wanted(self.burstable, t.burstable)
            && wanted(self.current_generation, t.current_generation)
            && wanted(self.bare_metal, t.bare_metal)
            && wanted(self.gpu, t.gpus > 0.0)
            && self.manufacturer.is_none_or(|m| t.manufacturer == m)
            && self.architecture.is_none_or(|a| t.supports_architecture(a))
    }

    fn matches_ranges(&self, t: &InstanceTypeInfo) -> bool {
        self.min_vcpus.is_none_or(|min| t.vcpus >= min)
            && self.max_vcpus.is_none_or(|max| t.vcpus <= max)
            && self.min_memory_mib.is_none_or(|min| t.memory_mib >= min)
            && self.max_memory_mib.is_none_or(|max| t.memory_mib <= max)
    }

    /// The filters that read the name's parts (family, generation, letters, category).
    fn matches_name(&self, t: &InstanceTypeInfo) -> bool {
        self.family.as_deref().is_none_or(|f| t.family() == f)
            && self.generation.is_none_or(|g| t.generation() == Some(g))
            && self
                .processor_letter
                .is_none_or(|letter| t.attribute_letters().contains(letter))
            && self.category.is_none_or(|c| t.category() == Some(c))
    }

    /// Every matching type, in name order.
    pub fn apply(&self) -> Vec<&'static InstanceTypeInfo> {
        let words = self.text.to_lowercase();
        all()
            .iter()
            .filter(|t| self.matches_lowercase_text(&words, t))
            .collect()
    }
}

fn wanted(filter: Option<bool>, actual: bool) -> bool {
    filter.is_none_or(|want| want == actual)
}

fn matches_text(lowercase_words: &str, t: &InstanceTypeInfo) -> bool {
    lowercase_words.split_whitespace().all(|word| {
        t.name.contains(word)
            || manufacturer_lowercase(t.manufacturer).contains(word)
            || t.architectures.iter().any(|a| a.as_str().contains(word))
    })
}

/// Lowercase without allocating: the free-text search runs for every type on every keystroke.
fn manufacturer_lowercase(manufacturer: Manufacturer) -> &'static str {
    match manufacturer {
        Manufacturer::Intel => "intel",
        Manufacturer::Amd => "amd",
        Manufacturer::Aws => "aws",
        Manufacturer::Apple => "apple",
    }
}

/// Shorthand for `filter.apply()`.
pub fn filter(filter: &TypeFilter) -> Vec<&'static InstanceTypeInfo> {
    filter.apply()
}

#[cfg(test)]
mod tests {
    use super::*;

    // ec2-facts 2.4: the counts the generated file must reproduce.
    #[test]
    fn embedded_file_parses_completely_and_matches_ec2_facts_2_4_counts() {
        let types = parse_catalog(EMBEDDED_TSV).expect("embedded catalogue parses");
        assert_eq!(types.len(), 1395);
        assert_eq!(all().len(), 1395);
        let count = |f: fn(&InstanceTypeInfo) -> bool| types.iter().filter(|t| f(t)).count();
        assert_eq!(count(|t| t.instance_store.is_some()), 579);
        assert_eq!(count(|t| t.hibernation_supported), 584);
        assert_eq!(count(|t| !t.current_generation), 136);
        assert_eq!(count(|t| t.supports_instance_store_root), 33);
        assert_eq!(
            count(|t| t
                .instance_store
                .as_ref()
                .is_some_and(InstanceStore::has_hdd)),
            27
        );
        assert_eq!(count(|t| t.supports_ebs_root), 1395);
    }

    #[test]
    fn a_bad_line_is_skipped_not_fatal() {
        let good = EMBEDDED_TSV
            .lines()
            .find(|l| l.starts_with("t2.micro\t"))
            .unwrap();
        let text = format!("{HEADER}\n{good}\nt2.broken\t1\n");
        let (types, errors) = parse_lenient(&text);
        assert_eq!(types.len(), 1);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 3);
        assert!(parse_catalog(&text).is_err());
    }

    #[test]
    fn a_wrong_header_is_reported() {
        let error = parse_catalog("type\tvcpus\n").unwrap_err();
        assert!(
            error.message.contains("expected the header line"),
            "{error}"
        );
        assert!(parse_catalog("").is_err());
    }
}
