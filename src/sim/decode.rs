//! Reads an instance-type name the way ec2-facts 2.1 explains it:
//! `<family letters><generation><attribute letters>[-flex].<size>`, e.g. `c7gn.xlarge` is family
//! `c`, generation 7, attributes `g` (Graviton) and `n` (network), size `xlarge`. Every part comes
//! with its meaning in English and Korean, for the type explorer's decoder (issue 5).
//!
//! Also: `suggest` (the nearest real type for a typo) and `size_ladder` (a family's sizes, nano →
//! metal). The shapes that really occur besides the plain one: `u-3tb1` (memory, then generation),
//! `u7i-12tb` (memory suffix), `mac2-m2pro` and `mac-m4` (Apple chip), `p6-b200` (GPU model) and
//! `c7i-flex`; sizes also include `metal` and `metal-24xl`.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::catalog::{self, Category, InstanceStore, InstanceTypeInfo};
use crate::units::{format_gib, group_thousands};

/// A text in both of the app's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub en: String,
    pub ko: String,
}

impl Text {
    fn new(en: impl Into<String>, ko: impl Into<String>) -> Text {
        Text {
            en: en.into(),
            ko: ko.into(),
        }
    }
}

/// What a part of a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartKind {
    /// The family letters: `c`, `hpc`, `inf`, `mac`.
    FamilyLetters,
    Generation,
    /// One attribute letter after the generation: `d`, `g`, `n`.
    Attribute,
    Flex,
    /// The memory of a U type in TB: `3tb` in `u-3tb1`, `12tb` in `u7i-12tb`.
    MemorySize,
    /// The Apple silicon chip of a Mac type: `m2pro`, `m4`.
    AppleChip,
    /// The GPU model of a P type: `b200`.
    GpuModel,
    Size,
}

/// One part of a decoded name with its meaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamePart {
    /// The part as it appears in the name, e.g. "c", "7", "g", "flex", "xlarge".
    pub text: String,
    pub kind: PartKind,
    pub meaning: Text,
}

/// A well-formed instance-type name taken apart. It may or may not be a real type (`info`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecodedName {
    /// The name as decoded: trimmed and lowercased.
    pub name: String,
    /// The instance family: everything before the dot (`c6i` in `c6i.large`, ec2-facts 2.1).
    pub family: String,
    pub family_letters: String,
    pub category: Category,
    /// None only for `mac-m4`-style names, where the Apple chip stands in for a generation.
    pub generation: Option<u32>,
    pub attributes: Vec<char>,
    pub flex: bool,
    pub size: String,
    /// The parts in the order they appear in the name.
    pub parts: Vec<NamePart>,
    /// The real type, or None when the name is well-formed but not in the catalogue.
    pub info: Option<&'static InstanceTypeInfo>,
    /// A one-paragraph summary: what the type is, or that it is not a real type.
    pub summary: Text,
    /// For a name that is not a real type, the nearest real one.
    pub suggestion: Option<&'static str>,
}

impl DecodedName {
    pub fn in_catalogue(&self) -> bool {
        self.info.is_some()
    }

    pub fn part(&self, kind: PartKind) -> Option<&NamePart> {
        self.parts.iter().find(|p| p.kind == kind)
    }
}

/// Why a name could not be read. Each message names what was expected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DecodeError {
    Empty,
    MissingDot(String),
    MissingFamily,
    MissingSize(String),
    InvalidCharacter(char),
    FamilyNotLetters(String),
    UnknownFamily(String),
    MissingGeneration(String),
    BadGeneration(String),
    UnknownAttribute { letter: char, family: String },
    UnexpectedAfterAttributes { found: char, family: String },
    UnknownSuffix(String),
    UnknownSize(String),
}

const EXPECTED_SHAPE_EN: &str = "expected <family><generation>.<size>, like t3.micro";
const EXPECTED_SHAPE_KO: &str = "t3.micro처럼 <패밀리><세대>.<크기> 형식이어야 합니다";
const EXPECTED_SIZES: &str =
    "nano, micro, small, medium, large, xlarge, a multiple like 2xlarge, metal or metal-24xl";
const EXPECTED_SIZES_KO: &str =
    "nano, micro, small, medium, large, xlarge, 2xlarge 같은 배수, metal, metal-24xl";

impl DecodeError {
    /// The message in both languages.
    pub fn message(&self) -> Text {
        match self {
            DecodeError::Empty => Text::new(
                format!("empty instance type name: {EXPECTED_SHAPE_EN}"),
                format!("인스턴스 유형 이름이 비어 있습니다. {EXPECTED_SHAPE_KO}."),
            ),
            DecodeError::MissingDot(name) => Text::new(
                format!("'{name}' has no '.' between family and size: {EXPECTED_SHAPE_EN}"),
                format!("'{name}'에는 패밀리와 크기 사이의 '.'이 없습니다. {EXPECTED_SHAPE_KO}."),
            ),
            DecodeError::MissingFamily => Text::new(
                format!("nothing before the '.': {EXPECTED_SHAPE_EN}"),
                format!("'.' 앞에 패밀리가 없습니다. {EXPECTED_SHAPE_KO}."),
            ),
            DecodeError::MissingSize(family) => Text::new(
                format!("nothing after '{family}.': expected a size: {EXPECTED_SIZES}"),
                format!("'{family}.' 뒤에 크기가 없습니다. 크기는 {EXPECTED_SIZES_KO} 중 하나여야 합니다."),
            ),
            DecodeError::InvalidCharacter(c) => Text::new(
                format!("unexpected character {c:?}: instance type names use only letters, digits, '-' and '.', like t3.micro or c7i-flex.large"),
                format!("예상하지 못한 문자 {c:?}입니다. 인스턴스 유형 이름에는 t3.micro나 c7i-flex.large처럼 영문자, 숫자, '-', '.'만 사용합니다."),
            ),
            DecodeError::FamilyNotLetters(family) => Text::new(
                format!("'{family}' does not start with family letters: expected letters such as t, m, c or inf, then the generation, like t3 or inf2"),
                format!("'{family}'이(가) 패밀리 문자로 시작하지 않습니다. t3나 inf2처럼 t, m, c, inf 같은 문자 다음에 세대가 와야 합니다."),
            ),
            DecodeError::UnknownFamily(letters) => Text::new(
                format!("unknown family letters '{letters}': expected one of {}", family_code_list()),
                format!("알 수 없는 패밀리 문자 '{letters}'입니다. {} 중 하나여야 합니다.", family_code_list()),
            ),
            DecodeError::MissingGeneration(letters) => {
                let example = family_entry(letters).map_or("t3", |e| e.example);
                Text::new(
                    format!("no generation number after '{letters}': expected a digit, like {example}"),
                    format!("'{letters}' 뒤에 세대 번호가 없습니다. {example}처럼 숫자가 와야 합니다."),
                )
            }
            DecodeError::BadGeneration(digits) => Text::new(
                format!("generation '{digits}' is not a small number: expected one or two digits, like the 7 in c7g"),
                format!("세대 '{digits}'은(는) 올바른 숫자가 아닙니다. c7g의 7처럼 한두 자리 숫자여야 합니다."),
            ),
            DecodeError::UnknownAttribute { letter, family } => Text::new(
                format!("unknown attribute letter '{letter}' in '{family}': expected any of {}", attribute_letter_list()),
                format!("'{family}'의 속성 문자 '{letter}'을(를) 알 수 없습니다. {} 중에서 사용해야 합니다.", attribute_letter_list()),
            ),
            DecodeError::UnexpectedAfterAttributes { found, family } => Text::new(
                format!("unexpected '{found}' in '{family}' after the attribute letters: expected '-flex' or the '.' before the size"),
                format!("'{family}'에서 속성 문자 뒤에 예상하지 못한 '{found}'이(가) 있습니다. '-flex' 또는 크기 앞의 '.'이 와야 합니다."),
            ),
            DecodeError::UnknownSuffix(suffix) => Text::new(
                format!("unknown suffix '-{suffix}': expected -flex, a memory size like -12tb, an Apple chip like -m4pro or a GPU like -b200"),
                format!("알 수 없는 접미사 '-{suffix}'입니다. -flex, -12tb 같은 메모리 크기, -m4pro 같은 Apple 칩, -b200 같은 GPU 중 하나여야 합니다."),
            ),
            DecodeError::UnknownSize(size) => Text::new(
                format!("unknown size '{size}': expected {EXPECTED_SIZES}"),
                format!("알 수 없는 크기 '{size}'입니다. 크기는 {EXPECTED_SIZES_KO} 중 하나여야 합니다."),
            ),
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().en)
    }
}

impl std::error::Error for DecodeError {}

// ---------------------------------------------------------------------------------------------
// The letters (ec2-facts 2.1 and 2.2). Entries marked "not in 2.1" occur in the data but not in
// the reference's letter table; their wording is ours.

struct FamilyEntry {
    code: &'static str,
    category: Category,
    example: &'static str,
    en: &'static str,
    ko: &'static str,
}

const FAMILIES: &[FamilyEntry] = &[
    FamilyEntry {
        // Not in 2.1: a1, the first AWS Graviton instances.
        code: "a",
        category: Category::GeneralPurpose,
        example: "a1",
        en: "A — Arm: the first AWS Graviton (Arm) processors, for scale-out workloads such as web servers.",
        ko: "A — Arm: 1세대 AWS Graviton(Arm) 프로세서를 사용하며, 웹 서버 같은 스케일 아웃 워크로드에 적합합니다.",
    },
    FamilyEntry {
        code: "c",
        category: Category::ComputeOptimized,
        example: "c7g",
        en: "C — Compute: many vCPUs for their memory, for batch processing, media transcoding, game servers and CPU-bound inference.",
        ko: "C — Compute(컴퓨팅): 메모리 대비 vCPU가 많아 배치 처리, 미디어 트랜스코딩, 게임 서버, CPU 기반 추론에 적합합니다.",
    },
    FamilyEntry {
        code: "d",
        category: Category::StorageOptimized,
        example: "d3",
        en: "D — Dense storage: large HDD instance store volumes, for data warehousing and distributed file systems.",
        ko: "D — Dense storage(고밀도 스토리지): 대용량 HDD 인스턴스 스토어 볼륨을 제공하며, 데이터 웨어하우스와 분산 파일 시스템에 적합합니다.",
    },
    FamilyEntry {
        // Not in 2.1: dl2q.
        code: "dl",
        category: Category::AcceleratedComputing,
        example: "dl2q",
        en: "DL — Deep learning: accelerators for deep-learning workloads (dl2q has Qualcomm AI 100 accelerators).",
        ko: "DL — Deep Learning(딥 러닝): 딥 러닝 워크로드용 가속기를 제공합니다(dl2q에는 Qualcomm AI 100 가속기가 있습니다).",
    },
    FamilyEntry {
        code: "f",
        category: Category::AcceleratedComputing,
        example: "f2",
        en: "F — FPGA: field-programmable gate arrays for custom hardware acceleration.",
        ko: "F — FPGA: 사용자 지정 하드웨어 가속을 위한 FPGA(필드 프로그래머블 게이트 어레이)를 제공합니다.",
    },
    FamilyEntry {
        code: "g",
        category: Category::AcceleratedComputing,
        example: "g6",
        en: "G — Graphics: GPUs for graphics-intensive work and machine-learning inference.",
        ko: "G — Graphics(그래픽): 그래픽 집약적 작업과 기계 학습 추론을 위한 GPU를 제공합니다.",
    },
    FamilyEntry {
        // Not in 2.1: gr6, G-type GPUs with more memory per vCPU.
        code: "gr",
        category: Category::AcceleratedComputing,
        example: "gr6",
        en: "Gr — Graphics with more RAM: G-type GPUs with more memory per vCPU.",
        ko: "Gr — 메모리(RAM)가 더 많은 그래픽 유형: vCPU당 메모리가 더 많은 G 계열 GPU 인스턴스입니다.",
    },
    FamilyEntry {
        // Not in 2.1: h1, listed with the storage optimized families in 2.2.
        code: "h",
        category: Category::StorageOptimized,
        example: "h1",
        en: "H — HDD throughput: high sequential disk throughput from HDD instance store, for MapReduce and distributed file systems.",
        ko: "H — HDD 처리량: HDD 인스턴스 스토어로 높은 순차 디스크 처리량을 제공하며, MapReduce와 분산 파일 시스템에 적합합니다.",
    },
    FamilyEntry {
        code: "hpc",
        category: Category::HpcOptimized,
        example: "hpc7g",
        en: "Hpc — High performance computing: many cores and fast networking for tightly coupled simulations.",
        ko: "Hpc — 고성능 컴퓨팅: 많은 코어와 빠른 네트워크로 밀결합 시뮬레이션을 실행합니다.",
    },
    FamilyEntry {
        code: "i",
        category: Category::StorageOptimized,
        example: "i4i",
        en: "I — I/O: very high random IOPS from local NVMe SSD instance store, for NoSQL databases and search.",
        ko: "I — I/O: 로컬 NVMe SSD 인스턴스 스토어로 매우 높은 임의 IOPS를 제공하며, NoSQL 데이터베이스와 검색에 적합합니다.",
    },
    FamilyEntry {
        code: "im",
        category: Category::StorageOptimized,
        example: "im4gn",
        en: "Im — storage optimized with a 1:4 vCPU-to-memory ratio (4 GiB per vCPU).",
        ko: "Im — vCPU 대 메모리 비율이 1:4(vCPU당 4 GiB)인 스토리지 최적화 유형입니다.",
    },
    FamilyEntry {
        code: "inf",
        category: Category::AcceleratedComputing,
        example: "inf2",
        en: "Inf — AWS Inferentia: accelerators designed by AWS for machine-learning inference.",
        ko: "Inf — AWS Inferentia: AWS가 기계 학습 추론용으로 설계한 가속기를 제공합니다.",
    },
    FamilyEntry {
        code: "is",
        category: Category::StorageOptimized,
        example: "is4gen",
        en: "Is — storage optimized with a 1:6 vCPU-to-memory ratio (6 GiB per vCPU) and the most storage per vCPU.",
        ko: "Is — vCPU 대 메모리 비율이 1:6(vCPU당 6 GiB)이고 vCPU당 스토리지가 가장 많은 스토리지 최적화 유형입니다.",
    },
    FamilyEntry {
        code: "m",
        category: Category::GeneralPurpose,
        example: "m7i",
        en: "M — Most scenarios: a balance of compute, memory and networking, for web and application servers.",
        ko: "M — Most scenarios(대부분의 시나리오): 컴퓨팅, 메모리, 네트워크의 균형을 갖추어 웹 서버와 애플리케이션 서버에 적합합니다.",
    },
    FamilyEntry {
        code: "mac",
        category: Category::GeneralPurpose,
        example: "mac2",
        en: "Mac — macOS: Apple Mac computers as bare-metal instances, for building and testing apps for Apple platforms.",
        ko: "Mac — macOS: Apple Mac 컴퓨터를 베어 메탈 인스턴스로 제공하며, Apple 플랫폼용 앱을 빌드하고 테스트하는 데 사용합니다.",
    },
    FamilyEntry {
        code: "p",
        category: Category::AcceleratedComputing,
        example: "p5",
        en: "P — GPU: the most powerful GPUs, for machine-learning training and HPC.",
        ko: "P — GPU: 가장 강력한 GPU를 제공하며, 기계 학습 훈련과 HPC에 적합합니다.",
    },
    FamilyEntry {
        code: "r",
        category: Category::MemoryOptimized,
        example: "r7g",
        en: "R — RAM: more memory per vCPU, for databases and in-memory caches.",
        ko: "R — RAM: vCPU당 메모리가 많아 데이터베이스와 인메모리 캐시에 적합합니다.",
    },
    FamilyEntry {
        code: "t",
        category: Category::GeneralPurpose,
        example: "t3",
        en: "T — Turbo: burstable general purpose; a baseline CPU level plus CPU credits to burst above it.",
        ko: "T — Turbo(버스터블): 기준 CPU 성능을 제공하고 CPU 크레딧으로 그 이상 버스트할 수 있는 범용 유형입니다.",
    },
    FamilyEntry {
        code: "trn",
        category: Category::AcceleratedComputing,
        example: "trn1",
        en: "Trn — AWS Trainium: accelerators designed by AWS for machine-learning training.",
        ko: "Trn — AWS Trainium: AWS가 기계 학습 훈련용으로 설계한 가속기를 제공합니다.",
    },
    FamilyEntry {
        code: "u",
        category: Category::MemoryOptimized,
        example: "u7i-12tb",
        en: "U — Ultra-high memory: terabytes of memory, for large in-memory databases such as SAP HANA.",
        ko: "U — 초고용량 메모리: 테라바이트 단위의 메모리를 제공하며, SAP HANA 같은 대규모 인메모리 데이터베이스에 적합합니다.",
    },
    FamilyEntry {
        code: "vt",
        category: Category::AcceleratedComputing,
        example: "vt1",
        en: "VT — Video transcoding: media accelerators for live and on-demand video transcoding.",
        ko: "VT — 비디오 트랜스코딩: 라이브 및 온디맨드 비디오 트랜스코딩을 위한 미디어 가속기를 제공합니다.",
    },
    FamilyEntry {
        code: "x",
        category: Category::MemoryOptimized,
        example: "x2idn",
        en: "X — Extra-large memory: among the most memory per vCPU, for in-memory databases and big-data analytics.",
        ko: "X — 초대용량 메모리: vCPU당 메모리가 가장 많은 편이며, 인메모리 데이터베이스와 빅 데이터 분석에 적합합니다.",
    },
    FamilyEntry {
        code: "z",
        category: Category::MemoryOptimized,
        example: "z1d",
        en: "Z — High frequency: a very fast sustained all-core CPU frequency together with plenty of memory.",
        ko: "Z — 높은 주파수: 모든 코어에서 매우 빠른 CPU 주파수를 유지하며 메모리도 넉넉합니다.",
    },
];

struct AttributeEntry {
    letter: char,
    en: &'static str,
    ko: &'static str,
}

const ATTRIBUTES: &[AttributeEntry] = &[
    AttributeEntry {
        letter: 'a',
        en: "a — AMD processors.",
        ko: "a — AMD 프로세서를 사용합니다.",
    },
    AttributeEntry {
        letter: 'b',
        en: "b — Block storage (EBS) optimized: higher EBS performance.",
        ko: "b — 블록 스토리지(EBS) 최적화: 더 높은 EBS 성능을 제공합니다.",
    },
    AttributeEntry {
        letter: 'd',
        en: "d — Instance store volumes: local disks on the host, included in the price; their data is erased on stop, hibernate and terminate.",
        ko: "d — 인스턴스 스토어 볼륨: 호스트에 연결된 로컬 디스크가 가격에 포함되며, 중지, 최대 절전 모드, 종료 시 데이터가 지워집니다.",
    },
    AttributeEntry {
        letter: 'e',
        en: "e — Extra storage or extra memory (or extra GPU memory) compared with the same family without e.",
        ko: "e — e가 없는 같은 패밀리보다 추가 스토리지 또는 추가 메모리(또는 추가 GPU 메모리)를 제공합니다.",
    },
    AttributeEntry {
        // Not in 2.1: g6f and gr6f, whose small sizes get part of one GPU (moto's GpuPartitionSize).
        letter: 'f',
        en: "f — Fractional GPU: the smaller sizes get a partition of one GPU.",
        ko: "f — 분할 GPU: 작은 크기는 GPU 하나의 일부를 할당받습니다.",
    },
    AttributeEntry {
        letter: 'g',
        en: "g — AWS Graviton processors (Arm, arm64).",
        ko: "g — AWS Graviton 프로세서(Arm, arm64)를 사용합니다.",
    },
    AttributeEntry {
        letter: 'i',
        en: "i — Intel processors.",
        ko: "i — Intel 프로세서를 사용합니다.",
    },
    AttributeEntry {
        letter: 'n',
        en: "n — Network and EBS optimized: higher network bandwidth.",
        ko: "n — 네트워크 및 EBS 최적화: 더 높은 네트워크 대역폭을 제공합니다.",
    },
    AttributeEntry {
        letter: 'q',
        en: "q — Qualcomm accelerators.",
        ko: "q — Qualcomm 가속기를 사용합니다.",
    },
    AttributeEntry {
        // Not in 2.1: trn2u, the Trn2 size that makes up Trn2 UltraServers.
        letter: 'u',
        en: "u — UltraServer: the size used to build Trn2 UltraServers, several instances joined by a fast interconnect.",
        ko: "u — UltraServer: 여러 인스턴스를 빠른 인터커넥트로 연결한 Trn2 UltraServer를 구성하는 크기입니다.",
    },
    AttributeEntry {
        letter: 'z',
        en: "z — High CPU frequency.",
        ko: "z — 높은 CPU 주파수를 제공합니다.",
    },
];

fn family_entry(code: &str) -> Option<&'static FamilyEntry> {
    FAMILIES.iter().find(|e| e.code == code)
}

fn attribute_entry(letter: char) -> Option<&'static AttributeEntry> {
    ATTRIBUTES.iter().find(|e| e.letter == letter)
}

/// Every family-letter code the decoder knows: `a`, `c`, ..., `hpc`, `inf`, `mac`, `trn`, ...
pub fn family_codes() -> impl Iterator<Item = &'static str> {
    FAMILIES.iter().map(|e| e.code)
}

/// Every attribute letter the decoder knows.
pub fn attribute_letters() -> impl Iterator<Item = char> {
    ATTRIBUTES.iter().map(|e| e.letter)
}

/// What family letters such as `c` or `inf` mean, with their category, in both languages.
pub fn family_letters_meaning(code: &str) -> Option<Text> {
    let entry = family_entry(code)?;
    Some(Text::new(
        format!(
            "{} Category: {}.",
            entry.en,
            entry.category.name_en().to_lowercase()
        ),
        format!("{} 범주는 {}입니다.", entry.ko, entry.category.name_ko()),
    ))
}

/// What an attribute letter such as `d` or `g` means, in both languages.
pub fn attribute_meaning(letter: char) -> Option<Text> {
    attribute_entry(letter).map(|e| Text::new(e.en, e.ko))
}

fn family_code_list() -> String {
    family_codes().collect::<Vec<_>>().join(", ")
}

fn attribute_letter_list() -> String {
    attribute_letters()
        .map(String::from)
        .collect::<Vec<_>>()
        .join(", ")
}

// ---------------------------------------------------------------------------------------------
// The family part (before the dot).

/// What may follow a `-` in the family part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Suffix<'a> {
    Flex,
    /// `3tb` in `u-3tb1` or `12tb` in `u7i-12tb`; `text` is without any trailing generation.
    MemoryTb {
        text: &'a str,
        terabytes: u32,
    },
    AppleChip(&'a str),
    GpuModel(&'a str),
}

/// A generation number with its text as written (`7`, or the `1` of `u-3tb1`).
type Generation<'a> = Option<(u32, &'a str)>;

/// The family part taken apart, borrowing from the name so the explorer's filters can use it on
/// every type without allocating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FamilyShape<'a> {
    letters: &'a str,
    generation: Generation<'a>,
    /// True for `u-3tb1`, where the generation comes after the memory size.
    generation_after_suffix: bool,
    attributes: &'a str,
    suffix: Option<Suffix<'a>>,
}

fn split_family(family: &str) -> Result<FamilyShape<'_>, DecodeError> {
    let letters_end = family
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(family.len());
    let letters = &family[..letters_end];
    if letters.is_empty() {
        return Err(DecodeError::FamilyNotLetters(family.to_string()));
    }
    if family_entry(letters).is_none() {
        return Err(DecodeError::UnknownFamily(letters.to_string()));
    }
    let rest = &family[letters_end..];
    let digits_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let generation = match &rest[..digits_end] {
        "" => None,
        digits => Some((parse_small_number(digits)?, digits)),
    };
    let rest = &rest[digits_end..];
    let attributes_end = rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    let attributes = &rest[..attributes_end];
    if let Some(letter) = attributes.chars().find(|&c| attribute_entry(c).is_none()) {
        return Err(DecodeError::UnknownAttribute {
            letter,
            family: family.to_string(),
        });
    }
    let rest = &rest[attributes_end..];
    let (suffix, trailing_generation) = match rest.strip_prefix('-') {
        Some(text) => split_suffix(text)?,
        None => match rest.chars().next() {
            None => (None, None),
            Some(found) => {
                return Err(DecodeError::UnexpectedAfterAttributes {
                    found,
                    family: family.to_string(),
                })
            }
        },
    };
    let shape = FamilyShape {
        letters,
        generation: generation.or(trailing_generation),
        generation_after_suffix: generation.is_none() && trailing_generation.is_some(),
        attributes,
        suffix,
    };
    // A generation may come after the memory size (`u-3tb1`) but not twice (`u7-3tb1`).
    let generation_twice = generation.is_some() && trailing_generation.is_some();
    // Only Macs named by their chip (`mac-m4`) go without a generation.
    let chip_named_mac = letters == "mac" && matches!(suffix, Some(Suffix::AppleChip(_)));
    if generation_twice {
        return Err(DecodeError::UnknownSuffix(rest[1..].to_string()));
    }
    if shape.generation.is_none() && !chip_named_mac {
        return Err(DecodeError::MissingGeneration(letters.to_string()));
    }
    Ok(shape)
}

/// Generation numbers are one or two digits; anything longer is a typo, not generation 12345.
fn parse_small_number(digits: &str) -> Result<u32, DecodeError> {
    match digits.parse::<u32>() {
        Ok(n) if digits.len() <= 2 => Ok(n),
        _ => Err(DecodeError::BadGeneration(digits.to_string())),
    }
}

/// Reads what follows the `-`; also returns a generation that trails a memory size (`3tb1`).
fn split_suffix(text: &str) -> Result<(Option<Suffix<'_>>, Generation<'_>), DecodeError> {
    let unknown = || DecodeError::UnknownSuffix(text.to_string());
    if text == "flex" {
        return Ok((Some(Suffix::Flex), None));
    }
    let digits_end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, after_digits) = text.split_at(digits_end);
    // `12tb` or `3tb1`.
    if !digits.is_empty() {
        let after_tb = after_digits.strip_prefix("tb").ok_or_else(unknown)?;
        let terabytes = parse_small_number(digits).map_err(|_| unknown())?;
        let memory = Suffix::MemoryTb {
            text: &text[..digits_end + 2],
            terabytes,
        };
        if after_tb.is_empty() {
            return Ok((Some(memory), None));
        }
        if !after_tb.bytes().all(|b| b.is_ascii_digit()) {
            return Err(unknown());
        }
        let generation = parse_small_number(after_tb).map_err(|_| unknown())?;
        return Ok((Some(memory), Some((generation, after_tb))));
    }
    // `m4`, `m2pro`, `m4max`, `m1ultra`.
    if let Some(after_m) = text.strip_prefix('m') {
        let chip_digits = after_m.bytes().take_while(u8::is_ascii_digit).count();
        if chip_digits > 0 && matches!(&after_m[chip_digits..], "" | "pro" | "max" | "ultra") {
            return Ok((Some(Suffix::AppleChip(text)), None));
        }
    }
    // `b200`.
    if let Some(model) = text.strip_prefix('b') {
        if !model.is_empty() && model.bytes().all(|b| b.is_ascii_digit()) {
            return Ok((Some(Suffix::GpuModel(text)), None));
        }
    }
    Err(unknown())
}

/// The category of a family such as `c7gn` or `u-3tb1`, from its family letters.
pub fn family_category(family: &str) -> Option<Category> {
    let letters_end = family
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(family.len());
    family_entry(&family[..letters_end]).map(|e| e.category)
}

/// The generation of a family: 7 for `c7gn`, 1 for `u-3tb1`, None for `mac-m4`.
pub fn family_generation(family: &str) -> Option<u32> {
    split_family(family).ok()?.generation.map(|(n, _)| n)
}

/// The attribute letters of a family: "gn" for `c7gn`, "" for `t2` or a malformed family.
pub fn family_attributes(family: &str) -> &str {
    split_family(family).map_or("", |shape| shape.attributes)
}

// ---------------------------------------------------------------------------------------------
// Sizes.

/// A size (ec2-facts 2.1 "Sizes").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Size {
    Nano,
    Micro,
    Small,
    Medium,
    Large,
    /// `xlarge` is `XLarge(1)`, `8xlarge` is `XLarge(8)`.
    XLarge(u32),
    /// `metal` is `Metal(None)`, `metal-24xl` is `Metal(Some(24))`.
    Metal(Option<u32>),
}

impl Size {
    pub fn parse(text: &str) -> Option<Size> {
        match text {
            "nano" => return Some(Size::Nano),
            "micro" => return Some(Size::Micro),
            "small" => return Some(Size::Small),
            "medium" => return Some(Size::Medium),
            "large" => return Some(Size::Large),
            "xlarge" => return Some(Size::XLarge(1)),
            "metal" => return Some(Size::Metal(None)),
            _ => {}
        }
        if let Some(multiple) = text.strip_suffix("xlarge") {
            return size_multiple(multiple).map(Size::XLarge);
        }
        let multiple = text.strip_prefix("metal-")?.strip_suffix("xl")?;
        size_multiple(multiple).map(|n| Size::Metal(Some(n)))
    }

    /// Sorts a ladder: nano → large → xlarge → 2xlarge … → metal-Nxl → metal.
    pub fn order_key(self) -> (u8, u32) {
        match self {
            Size::Nano => (0, 0),
            Size::Micro => (0, 1),
            Size::Small => (0, 2),
            Size::Medium => (0, 3),
            Size::Large => (0, 4),
            Size::XLarge(n) => (1, n),
            Size::Metal(Some(n)) => (2, n),
            Size::Metal(None) => (3, 0),
        }
    }

    fn phrase(self) -> Text {
        match self {
            Size::Nano => Text::new("the smallest size", "가장 작은 크기입니다"),
            Size::Micro => Text::new(
                "one step above nano",
                "nano보다 한 단계 큰 크기입니다",
            ),
            Size::Small => Text::new(
                "one step above micro",
                "micro보다 한 단계 큰 크기입니다",
            ),
            Size::Medium => Text::new(
                "one step above small",
                "small보다 한 단계 큰 크기입니다",
            ),
            Size::Large => Text::new(
                "one step above medium and half an xlarge",
                "medium보다 한 단계 크고 xlarge의 절반입니다",
            ),
            Size::XLarge(1) => Text::new(
                "the base of the multiples: a 2xlarge is twice an xlarge, a 4xlarge four times",
                "배수 크기의 기준입니다. 2xlarge는 xlarge의 두 배, 4xlarge는 네 배입니다",
            ),
            Size::XLarge(n) => Text::new(
                format!("about {n} times an xlarge"),
                format!("xlarge의 약 {n}배입니다"),
            ),
            Size::Metal(None) => Text::new(
                "bare metal: the whole physical server with no hypervisor, so the operating system runs directly on the hardware",
                "베어 메탈입니다. 하이퍼바이저 없이 물리 서버 전체를 사용하므로 운영 체제가 하드웨어에서 직접 실행됩니다",
            ),
            Size::Metal(Some(n)) => Text::new(
                format!("bare metal with the resources of a {n}xlarge: the whole server with no hypervisor"),
                format!("{n}xlarge와 같은 리소스를 가진 베어 메탈입니다. 하이퍼바이저 없이 서버 전체를 사용합니다"),
            ),
        }
    }
}

/// The N of `Nxlarge` or `metal-Nxl`: 2 or more, without leading zeros.
fn size_multiple(text: &str) -> Option<u32> {
    if text.starts_with('0') || text.len() > 4 {
        return None;
    }
    text.parse().ok().filter(|&n| n >= 2)
}

/// A family's real sizes, smallest first (nano → metal). Empty for an unknown family.
pub fn size_ladder(family: &str) -> Vec<&'static InstanceTypeInfo> {
    let mut ladder: Vec<&'static InstanceTypeInfo> = catalog::all()
        .iter()
        .filter(|t| t.family() == family)
        .collect();
    crate::sorting::sort_by_key(&mut ladder, |t| {
        (Size::parse(t.size()).map(Size::order_key), t.vcpus)
    });
    ladder
}

// ---------------------------------------------------------------------------------------------
// Decoding.

/// Takes a name apart and explains each part. Accepts any case and surrounding spaces.
pub fn decode(input: &str) -> Result<DecodedName, DecodeError> {
    let name = normalise(input)?;
    let (family, size_text) = name
        .split_once('.')
        .ok_or_else(|| DecodeError::MissingDot(name.clone()))?;
    if family.is_empty() {
        return Err(DecodeError::MissingFamily);
    }
    if size_text.is_empty() {
        return Err(DecodeError::MissingSize(family.to_string()));
    }
    let shape = split_family(family)?;
    let size =
        Size::parse(size_text).ok_or_else(|| DecodeError::UnknownSize(size_text.to_string()))?;
    let info = catalog::lookup(&name);
    let category = family_entry(shape.letters).map_or(Category::GeneralPurpose, |e| e.category);
    let suggestion = match info {
        Some(_) => None,
        None => suggest(&name),
    };
    Ok(DecodedName {
        parts: parts(family, &shape, size, size_text, info),
        summary: summary(&name, family, category, info, suggestion),
        name: name.clone(),
        family: family.to_string(),
        family_letters: shape.letters.to_string(),
        category,
        generation: shape.generation.map(|(n, _)| n),
        attributes: shape.attributes.chars().collect(),
        flex: shape.suffix == Some(Suffix::Flex),
        size: size_text.to_string(),
        info,
        suggestion,
    })
}

/// Trims, lowercases and checks the characters.
fn normalise(input: &str) -> Result<String, DecodeError> {
    let name = input.trim().to_ascii_lowercase();
    if name.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some(c) = name
        .chars()
        .find(|&c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'))
    {
        return Err(DecodeError::InvalidCharacter(c));
    }
    Ok(name)
}

fn parts(
    family: &str,
    shape: &FamilyShape<'_>,
    size: Size,
    size_text: &str,
    info: Option<&'static InstanceTypeInfo>,
) -> Vec<NamePart> {
    let part = |text: &str, kind, meaning| NamePart {
        text: text.to_string(),
        kind,
        meaning,
    };
    let mut parts = vec![part(
        shape.letters,
        PartKind::FamilyLetters,
        family_letters_meaning(shape.letters).unwrap_or_else(|| Text::new("", "")),
    )];
    let generation_part = shape
        .generation
        .map(|(n, text)| part(text, PartKind::Generation, generation_meaning(n, info)));
    if !shape.generation_after_suffix {
        parts.extend(generation_part.clone());
    }
    for letter in shape.attributes.chars() {
        if let Some(meaning) = attribute_meaning(letter) {
            parts.push(part(&letter.to_string(), PartKind::Attribute, meaning));
        }
    }
    if let Some(suffix) = shape.suffix {
        parts.push(suffix_part(suffix));
    }
    if shape.generation_after_suffix {
        parts.extend(generation_part);
    }
    parts.push(part(
        size_text,
        PartKind::Size,
        size_meaning(family, size, size_text, info),
    ));
    parts
}

fn generation_meaning(generation: u32, info: Option<&InstanceTypeInfo>) -> Text {
    let mut text = Text::new(
        format!("Generation {generation}: higher numbers are newer. A newer generation of the same family letters usually brings newer processors and better price-performance; older generations stay available for a while."),
        format!("세대 {generation}: 숫자가 클수록 최신 세대입니다. 같은 패밀리 문자에서 최신 세대는 보통 더 새로운 프로세서와 더 나은 가격 대비 성능을 제공하며, 이전 세대도 한동안 계속 사용할 수 있습니다."),
    );
    match info.map(|t| t.current_generation) {
        Some(true) => {
            text.en += " AWS lists this type as current generation.";
            text.ko += " AWS는 이 유형을 현재 세대로 분류합니다.";
        }
        Some(false) => {
            text.en += " AWS lists this type as previous generation.";
            text.ko += " AWS는 이 유형을 이전 세대로 분류합니다.";
        }
        None => {}
    }
    text
}

fn suffix_part(suffix: Suffix<'_>) -> NamePart {
    let (text, kind, meaning) = match suffix {
        Suffix::Flex => (
            "flex",
            PartKind::Flex,
            Text::new(
                "flex — Flex instance: a lower-cost variant that gives full CPU performance most of the time, for workloads that do not use all of it all the time.",
                "flex — Flex 인스턴스: 대부분의 시간 동안 전체 CPU 성능을 제공하는 저렴한 변형으로, CPU를 항상 최대로 사용하지 않는 워크로드에 적합합니다.",
            ),
        ),
        Suffix::MemoryTb { text, terabytes } => (
            text,
            PartKind::MemorySize,
            Text::new(
                format!("{text} — {terabytes} TB of memory: U types state their memory in the name."),
                format!("{text} — 메모리 {terabytes}TB: U 유형은 이름에 메모리 크기를 표시합니다."),
            ),
        ),
        Suffix::AppleChip(text) => {
            let chip = apple_chip_name(text);
            (
                text,
                PartKind::AppleChip,
                Text::new(
                    format!("{text} — the Apple silicon chip: {chip}. Mac types named after their chip have no separate generation number."),
                    format!("{text} — Apple 실리콘 칩: {chip}입니다. 칩 이름이 붙은 Mac 유형에는 별도의 세대 번호가 없습니다."),
                ),
            )
        }
        Suffix::GpuModel(text) => {
            let gpu = text.to_ascii_uppercase();
            (
                text,
                PartKind::GpuModel,
                Text::new(
                    format!("{text} — the GPU model: NVIDIA {gpu} GPUs."),
                    format!("{text} — GPU 모델: NVIDIA {gpu} GPU를 사용합니다."),
                ),
            )
        }
    };
    NamePart {
        text: text.to_string(),
        kind,
        meaning,
    }
}

/// `m2pro` → "M2 Pro", `m1ultra` → "M1 Ultra", `m4` → "M4".
fn apple_chip_name(text: &str) -> String {
    let digits_end = 1 + text[1..].bytes().take_while(u8::is_ascii_digit).count();
    let (model, tier) = text.split_at(digits_end);
    let mut name = model.to_ascii_uppercase();
    if let Some(first) = tier.chars().next() {
        name.push(' ');
        name.push(first.to_ascii_uppercase());
        name.push_str(&tier[1..]);
    }
    name
}

fn size_meaning(
    family: &str,
    size: Size,
    size_text: &str,
    info: Option<&InstanceTypeInfo>,
) -> Text {
    let phrase = size.phrase();
    let mut text = Text::new(
        format!("Size {size_text}: {}.", phrase.en),
        format!("크기 {size_text}: {}.", phrase.ko),
    );
    if !matches!(size, Size::Metal(_)) {
        text.en += " Within a family each step up roughly doubles vCPUs and memory.";
        text.ko +=
            " 같은 패밀리 안에서 크기가 한 단계 올라갈 때마다 vCPU와 메모리가 대략 두 배가 됩니다.";
    }
    let ladder = size_ladder(family);
    let (Some(first), Some(last)) = (ladder.first(), ladder.last()) else {
        return text;
    };
    let (first, last) = (first.size(), last.size());
    match info.and_then(|t| Some((t, ladder.iter().position(|l| l.name == t.name)?))) {
        Some((t, index)) => {
            let memory = format_gib(t.memory_mib);
            let vcpus = t.vcpus;
            let (step, steps) = (index + 1, ladder.len());
            if steps == 1 {
                text.en += &format!(" Here: {vcpus} vCPUs and {memory} GiB of memory, the only size in the {family} family.");
                text.ko += &format!(" 이 유형은 vCPU {vcpus}개와 메모리 {memory} GiB이며, {family} 패밀리의 유일한 크기입니다.");
            } else {
                text.en += &format!(" Here: {vcpus} vCPUs and {memory} GiB of memory, size {step} of {steps} in the {family} family ({first} → {last}).");
                text.ko += &format!(" 이 유형은 vCPU {vcpus}개와 메모리 {memory} GiB이며, {family} 패밀리의 크기 {steps}개({first} → {last}) 중 {step}번째입니다.");
            }
        }
        None => {
            let sizes: Vec<&str> = ladder.iter().map(|t| t.size()).collect();
            let sizes = sizes.join(", ");
            text.en += &format!(" The {family} family comes in {sizes}.");
            text.ko += &format!(" {family} 패밀리에는 {sizes} 크기가 있습니다.");
        }
    }
    text
}

fn summary(
    name: &str,
    family: &str,
    category: Category,
    info: Option<&InstanceTypeInfo>,
    suggestion: Option<&str>,
) -> Text {
    let Some(t) = info else {
        let count = group_thousands(catalog::all().len());
        let mut text = Text::new(
            format!("{name} is well-formed but is not a real instance type: it is not in the catalogue of {count} types."),
            format!("{name}: 형식은 올바르지만 실제 인스턴스 유형이 아닙니다. 카탈로그의 {count}개 유형에 없습니다."),
        );
        if let Some(s) = suggestion {
            text.en += &format!(" Did you mean {s}?");
            text.ko += &format!(" 혹시 {s} 유형을 찾으셨나요?");
        }
        return text;
    };
    let architectures: Vec<&str> = t.architectures.iter().map(|a| a.as_str()).collect();
    let architectures = architectures.join(", ");
    let memory = format_gib(t.memory_mib);
    let (store_en, store_ko) = match &t.instance_store {
        Some(store) => {
            let disks = describe_disks(store);
            (
                format!("instance store {disks}"),
                format!("인스턴스 스토어 {disks}"),
            )
        }
        None => (
            "no instance store (EBS only)".to_string(),
            "인스턴스 스토어 없음(EBS 전용)".to_string(),
        ),
    };
    let (generation_en, generation_ko) = if t.current_generation {
        ("current generation", "현재 세대")
    } else {
        ("previous generation", "이전 세대")
    };
    Text::new(
        format!(
            "{name} is a real instance type in the {family} family: {}, {} vCPUs, {memory} GiB of memory, {architectures}, {store_en}, {generation_en}.",
            category.name_en().to_lowercase(),
            t.vcpus
        ),
        format!(
            "{name}: {family} 인스턴스 패밀리의 실제 인스턴스 유형입니다. {}, vCPU {}개, 메모리 {memory} GiB, {architectures}, {store_ko}, {generation_ko}입니다.",
            category.name_ko(),
            t.vcpus
        ),
    )
}

/// `1 × 75 GB NVMe SSD`, groups joined by ` + `.
pub fn describe_disks(store: &InstanceStore) -> String {
    let interface = if store.nvme { "NVMe " } else { "" };
    store
        .disks
        .iter()
        .map(|d| {
            format!(
                "{} × {} GB {interface}{}",
                d.count,
                d.size_gb,
                d.kind.as_str().to_ascii_uppercase()
            )
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

// ---------------------------------------------------------------------------------------------
// Suggestions.

/// Longer than any real name by far; past this a suggestion would be noise (and slow).
const MAX_SUGGEST_INPUT: usize = 48;

/// The nearest real type for a possibly misspelt name (`t2.mircro` → `t2.micro`), or the type
/// itself when the name is real apart from case and spaces (`T2.MICRO` → `t2.micro`). None when
/// nothing is reasonably close.
pub fn suggest(name: &str) -> Option<&'static str> {
    let wanted = name.trim().to_lowercase();
    let length = wanted.chars().count();
    if length == 0 || length > MAX_SUGGEST_INPUT {
        return None;
    }
    if let Some(exact) = catalog::lookup(&wanted) {
        return Some(&exact.name);
    }
    let limit = allowed_edits(length);
    let wanted_family = wanted.split_once('.').map(|(family, _)| family);
    let mut best: Option<(usize, &'static str)> = None;
    for t in catalog::all() {
        // Cheap bound first: the edit distance is at least the difference in length.
        if t.name.len().abs_diff(length) > limit {
            continue;
        }
        let edits = strsim::osa_distance(&wanted, &t.name);
        if edits > limit {
            continue;
        }
        // Same-family matches win ties and beat other families at one more edit.
        let same_family = wanted_family == Some(t.family());
        let score = 2 * edits + usize::from(!same_family);
        if best.is_none_or(|(best_score, _)| score < best_score) {
            best = Some((score, &t.name));
        }
    }
    best.map(|(_, name)| name)
}

/// How many single-character edits a typo may have: short names must be nearly right.
fn allowed_edits(length: usize) -> usize {
    match length {
        0..=8 => 1,
        9..=12 => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_order() {
        assert_eq!(Size::parse("xlarge"), Some(Size::XLarge(1)));
        assert_eq!(Size::parse("24xlarge"), Some(Size::XLarge(24)));
        assert_eq!(Size::parse("metal-24xl"), Some(Size::Metal(Some(24))));
        assert_eq!(Size::parse("1xlarge"), None);
        assert_eq!(Size::parse("02xlarge"), None);
        assert_eq!(Size::parse("metal-xl"), None);
        assert!(Size::Nano.order_key() < Size::Large.order_key());
        assert!(Size::XLarge(48).order_key() < Size::Metal(Some(24)).order_key());
        assert!(Size::Metal(Some(48)).order_key() < Size::Metal(None).order_key());
    }

    #[test]
    fn family_shapes() {
        let shape = split_family("u-3tb1").unwrap();
        assert_eq!(shape.letters, "u");
        assert_eq!(shape.generation, Some((1, "1")));
        assert!(shape.generation_after_suffix);
        assert_eq!(
            split_family("mac-m4").unwrap().suffix,
            Some(Suffix::AppleChip("m4"))
        );
        assert_eq!(split_family("mac-m4").unwrap().generation, None);
        assert!(split_family("c-flex").is_err());
        assert!(split_family("u7i-12tb1").is_err());
    }

    #[test]
    fn apple_chips_are_named_like_apple_does() {
        assert_eq!(apple_chip_name("m2pro"), "M2 Pro");
        assert_eq!(apple_chip_name("m4"), "M4");
    }
}
