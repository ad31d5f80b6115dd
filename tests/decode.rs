//! The instance-type name decoder, suggestions and size ladders (ec2-facts 2.1, issue 5).

use std::collections::BTreeSet;

use ec2_lab::sim::catalog::{self, Category};
use ec2_lab::sim::decode::{
    attribute_letters, attribute_meaning, decode, family_codes, family_letters_meaning,
    size_ladder, suggest, DecodeError, DecodedName, PartKind, Size, Text,
};
use proptest::prelude::*;

fn decoded(name: &str) -> DecodedName {
    decode(name).unwrap_or_else(|e| panic!("{name} decodes: {e}"))
}

/// The parts as (kind, text), to compare shapes in one assertion.
fn shape(name: &str) -> Vec<(PartKind, String)> {
    decoded(name)
        .parts
        .iter()
        .map(|p| (p.kind, p.text.clone()))
        .collect()
}

fn parts(list: &[(PartKind, &str)]) -> Vec<(PartKind, String)> {
    list.iter().map(|(k, t)| (*k, t.to_string())).collect()
}

fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// One polite register (합니다/입니다): every sentence that ends in 다 ends in 니다.
fn is_polite(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0] == '다' && matches!(w[1], '.' | ',' | ')'))
        .all(|(i, _)| i > 0 && chars[i - 1] == '니')
        && !text.trim_end().ends_with("한다")
}

fn assert_bilingual(text: &Text, context: &str) {
    assert!(!text.en.trim().is_empty(), "{context}: English text");
    assert!(
        has_hangul(&text.ko),
        "{context}: Korean text has Hangul: {}",
        text.ko
    );
    assert!(
        is_polite(&text.ko),
        "{context}: polite register: {}",
        text.ko
    );
}

use PartKind::*;

#[test]
fn issue_5_every_real_type_decodes() {
    let mut decoded_count = 0;
    for t in catalog::all() {
        let d = decode(&t.name).unwrap_or_else(|e| panic!("{} decodes: {e}", t.name));
        assert_eq!(d.name, t.name);
        assert_eq!(d.family, t.family(), "{}", t.name);
        assert_eq!(d.size, t.size(), "{}", t.name);
        assert_eq!(d.info, Some(t), "{} is in the catalogue", t.name);
        assert!(d.in_catalogue());
        assert_eq!(d.suggestion, None);
        assert_eq!(Some(d.category), t.category(), "{}", t.name);
        assert_eq!(d.generation, t.generation(), "{}", t.name);
        assert!(Size::parse(&d.size).is_some(), "{}", t.name);
        assert_eq!(d.parts.first().map(|p| p.kind), Some(FamilyLetters));
        assert_eq!(d.parts.last().map(|p| p.kind), Some(Size));
        for part in &d.parts {
            assert_bilingual(&part.meaning, &format!("{} part {}", t.name, part.text));
        }
        assert_bilingual(&d.summary, &t.name);
        decoded_count += 1;
    }
    assert_eq!(decoded_count, 1395);
}

#[test]
fn ec2_facts_2_1_c7gn_xlarge() {
    let d = decoded("c7gn.xlarge");
    assert_eq!(d.family, "c7gn");
    assert_eq!(d.family_letters, "c");
    assert_eq!(d.generation, Some(7));
    assert_eq!(d.attributes, vec!['g', 'n']);
    assert_eq!(d.size, "xlarge");
    assert!(!d.flex);
    assert_eq!(d.category, Category::ComputeOptimized);
    assert_eq!(
        shape("c7gn.xlarge"),
        parts(&[
            (FamilyLetters, "c"),
            (Generation, "7"),
            (Attribute, "g"),
            (Attribute, "n"),
            (Size, "xlarge")
        ])
    );
    let graviton = &d.parts[2].meaning;
    assert!(graviton.en.contains("Graviton"));
    assert!(graviton.ko.contains("Graviton"));
    assert!(d.parts[0].meaning.en.contains("Compute"));
    assert!(d.parts[0].meaning.ko.contains("컴퓨팅 최적화"));
    assert!(d.summary.en.contains("4 vCPUs"));
}

#[test]
fn ec2_facts_2_1_family_is_everything_before_the_dot() {
    let d = decoded("c6i.large");
    assert_eq!(d.family, "c6i");
    assert_eq!(d.family_letters, "c");
    assert_eq!(d.attributes, vec!['i']);
    assert_eq!(decoded("c7i-flex.large").family, "c7i-flex");
}

#[test]
fn ec2_facts_2_1_attribute_d_means_instance_store() {
    let d = decoded("m5d.large");
    let part = d.part(Attribute).expect("d is an attribute");
    assert_eq!(part.text, "d");
    assert!(part.meaning.en.contains("Instance store"));
    assert!(part.meaning.ko.contains("인스턴스 스토어 볼륨"));
    assert!(
        d.summary.en.contains("1 × 75 GB NVMe SSD"),
        "{}",
        d.summary.en
    );
    assert!(d.summary.ko.contains("인스턴스 스토어 1 × 75 GB NVMe SSD"));
    let t2 = decoded("t2.micro");
    assert!(t2.summary.en.contains("no instance store"));
    assert!(
        t2.summary.en.contains("1 vCPUs and 1 GiB") || t2.summary.en.contains("1 vCPUs, 1 GiB")
    );
}

#[test]
fn ec2_facts_2_1_processor_letters() {
    let meaning = |letter| attribute_meaning(letter).unwrap();
    assert!(meaning('a').en.contains("AMD"));
    assert!(meaning('g').en.contains("Graviton"));
    assert!(meaning('i').en.contains("Intel"));
    assert!(meaning('n').en.contains("Network"));
    assert!(meaning('e').en.contains("Extra"));
    assert!(meaning('z').en.contains("frequency"));
    assert!(meaning('b').en.contains("EBS"));
    assert!(meaning('q').en.contains("Qualcomm"));
    assert!(meaning('d').ko.contains("인스턴스 스토어"));
    assert_eq!(attribute_meaning('x'), None);
}

#[test]
fn special_shapes_that_occur_in_the_data() {
    assert_eq!(
        shape("u-3tb1.56xlarge"),
        parts(&[
            (FamilyLetters, "u"),
            (MemorySize, "3tb"),
            (Generation, "1"),
            (Size, "56xlarge")
        ])
    );
    assert_eq!(decoded("u-3tb1.56xlarge").generation, Some(1));
    assert_eq!(
        shape("u7i-12tb.224xlarge"),
        parts(&[
            (FamilyLetters, "u"),
            (Generation, "7"),
            (Attribute, "i"),
            (MemorySize, "12tb"),
            (Size, "224xlarge")
        ])
    );
    assert_eq!(
        shape("mac2-m2pro.metal"),
        parts(&[
            (FamilyLetters, "mac"),
            (Generation, "2"),
            (AppleChip, "m2pro"),
            (Size, "metal")
        ])
    );
    assert!(decoded("mac2-m2pro.metal").parts[2]
        .meaning
        .en
        .contains("M2 Pro"));
    assert_eq!(
        shape("mac-m4.metal"),
        parts(&[(FamilyLetters, "mac"), (AppleChip, "m4"), (Size, "metal")])
    );
    assert_eq!(decoded("mac-m4.metal").generation, None);
    assert_eq!(
        shape("p6-b200.48xlarge"),
        parts(&[
            (FamilyLetters, "p"),
            (Generation, "6"),
            (GpuModel, "b200"),
            (Size, "48xlarge")
        ])
    );
    assert_eq!(decoded("hpc7g.16xlarge").family_letters, "hpc");
    assert_eq!(decoded("hpc7g.16xlarge").category, Category::HpcOptimized);
    assert_eq!(decoded("inf2.xlarge").family_letters, "inf");
    assert_eq!(decoded("trn1n.32xlarge").attributes, vec!['n']);
    assert_eq!(decoded("trn2u.48xlarge").attributes, vec!['u']);
    assert_eq!(decoded("im4gn.large").family_letters, "im");
    assert_eq!(decoded("im4gn.large").attributes, vec!['g', 'n']);
    assert_eq!(decoded("is4gen.medium").attributes, vec!['g', 'e', 'n']);
    assert_eq!(
        decoded("x2iezn.2xlarge").attributes,
        vec!['i', 'e', 'z', 'n']
    );
    assert_eq!(decoded("x8aedz.large").attributes, vec!['a', 'e', 'd', 'z']);
    let flex = decoded("c7i-flex.large");
    assert!(flex.flex);
    assert_eq!(flex.part(Flex).unwrap().text, "flex");
    assert_eq!(decoded("c7i.metal-24xl").size, "metal-24xl");
    assert!(decoded("c7i.metal-24xl")
        .parts
        .last()
        .unwrap()
        .meaning
        .en
        .contains("bare metal"));
    assert_eq!(decoded("vt1.3xlarge").family_letters, "vt");
    assert_eq!(decoded("dl2q.24xlarge").family_letters, "dl");
    assert_eq!(decoded("dl2q.24xlarge").attributes, vec!['q']);
    assert_eq!(
        decoded("f2.6xlarge").category,
        Category::AcceleratedComputing
    );
    assert_eq!(decoded("gr6.4xlarge").family_letters, "gr");
    assert_eq!(decoded("g6f.large").attributes, vec!['f']);
    assert_eq!(decoded("g5g.xlarge").attributes, vec!['g']);
    assert_eq!(decoded("t8i.micro").generation, Some(8));
    assert_eq!(decoded("z1d.large").family_letters, "z");
    assert_eq!(decoded("a1.large").family_letters, "a");
    for name in [
        "u-3tb1.56xlarge",
        "u7i-12tb.224xlarge",
        "mac2-m2pro.metal",
        "mac-m4.metal",
        "p6-b200.48xlarge",
        "hpc7g.16xlarge",
        "trn1n.32xlarge",
        "is4gen.medium",
        "c7i.metal-24xl",
        "dl2q.24xlarge",
        "gr6.4xlarge",
        "t8i.micro",
    ] {
        assert!(decoded(name).in_catalogue(), "{name}");
    }
}

#[test]
fn input_is_trimmed_and_lowercased() {
    let d = decoded("  C7GN.XLARGE ");
    assert_eq!(d.name, "c7gn.xlarge");
    assert!(d.in_catalogue());
}

#[test]
fn well_formed_but_not_real() {
    let d = decoded("t3.8xlarge");
    assert!(!d.in_catalogue());
    assert_eq!(d.info, None);
    assert_eq!(d.family, "t3");
    assert_eq!(d.generation, Some(3));
    assert!(
        d.summary.en.contains("not in the catalogue of 1,395 types"),
        "{}",
        d.summary.en
    );
    assert!(d.summary.ko.contains("카탈로그"));
    assert_eq!(d.suggestion, Some("t3.2xlarge"));
    let size = d.part(Size).unwrap();
    assert!(
        size.meaning
            .en
            .contains("The t3 family comes in nano, micro"),
        "{}",
        size.meaning.en
    );
    assert_bilingual(&d.summary, "t3.8xlarge");

    let d = decoded("m5d.nano");
    assert!(!d.in_catalogue());
    assert!(d
        .part(Attribute)
        .unwrap()
        .meaning
        .en
        .contains("Instance store"));

    let d = decoded("c99gd.large");
    assert!(!d.in_catalogue());
    assert_eq!(d.generation, Some(99));
    assert!(
        size_ladder(&d.family).is_empty(),
        "a made-up family has no ladder"
    );
}

#[test]
fn malformed_names_say_what_was_expected() {
    let cases: &[(&str, DecodeError)] = &[
        ("", DecodeError::Empty),
        ("   ", DecodeError::Empty),
        ("t3", DecodeError::MissingDot("t3".into())),
        (".micro", DecodeError::MissingFamily),
        ("t3.", DecodeError::MissingSize("t3".into())),
        ("t3 .micro", DecodeError::InvalidCharacter(' ')),
        ("t3.micro!", DecodeError::InvalidCharacter('!')),
        ("t3_micro", DecodeError::InvalidCharacter('_')),
        ("7c.large", DecodeError::FamilyNotLetters("7c".into())),
        ("-c7.large", DecodeError::FamilyNotLetters("-c7".into())),
        ("q9.large", DecodeError::UnknownFamily("q".into())),
        ("t.micro", DecodeError::MissingGeneration("t".into())),
        ("c-flex.large", DecodeError::MissingGeneration("c".into())),
        ("c123.large", DecodeError::BadGeneration("123".into())),
        (
            "c7x.large",
            DecodeError::UnknownAttribute {
                letter: 'x',
                family: "c7x".into(),
            },
        ),
        (
            "c7g2.large",
            DecodeError::UnexpectedAfterAttributes {
                found: '2',
                family: "c7g2".into(),
            },
        ),
        ("c7i-fast.large", DecodeError::UnknownSuffix("fast".into())),
        ("c7i-.large", DecodeError::UnknownSuffix("".into())),
        ("t2.mircro", DecodeError::UnknownSize("mircro".into())),
        ("t2.1xlarge", DecodeError::UnknownSize("1xlarge".into())),
        ("t2.micro.x", DecodeError::UnknownSize("micro.x".into())),
    ];
    for (input, expected) in cases {
        let error = decode(input).expect_err(input);
        assert_eq!(&error, expected, "{input:?}");
        let message = error.message();
        assert!(
            message.en.contains("expected") || message.en.contains("like"),
            "{input:?}: {}",
            message.en
        );
        assert_eq!(error.to_string(), message.en);
        assert_bilingual(&message, input);
    }
    let missing_dot = decode("t3micro").unwrap_err().to_string();
    assert!(
        missing_dot.contains("expected <family><generation>.<size>, like t3.micro"),
        "{missing_dot}"
    );
    let unknown_size = decode("t2.mircro").unwrap_err().message();
    assert!(unknown_size.en.contains("micro, small"));
    assert!(
        !unknown_size.ko.contains("a multiple"),
        "{}",
        unknown_size.ko
    );
}

#[test]
fn issue_5_suggests_the_nearest_real_type() {
    assert_eq!(suggest("t2.mircro"), Some("t2.micro"));
    assert_eq!(suggest("m5d.larg"), Some("m5d.large"));
    assert_eq!(suggest("T2.MICRO"), Some("t2.micro"));
    assert_eq!(suggest("c7gn.xlarg"), Some("c7gn.xlarge"));
    assert_eq!(suggest("t2.mirco"), Some("t2.micro"));
    assert_eq!(suggest("t2micro"), Some("t2.micro"));
    assert_eq!(suggest(" t3.nano "), Some("t3.nano"));
    assert_eq!(suggest("m5.xlareg"), Some("m5.xlarge"));
    assert_eq!(suggest("c7i-flx.large"), Some("c7i-flex.large"));
    assert_eq!(suggest("r7g.2xlarge"), Some("r7g.2xlarge"));
}

#[test]
fn suggestions_prefer_the_same_family() {
    // Each of these is one edit from a type of its own family and one edit from a type of another
    // family that sorts first; the learner typed the family, so the size is what is wrong.
    assert_eq!(suggest("c1.large"), Some("c1.xlarge"), "not a1.large");
    assert_eq!(suggest("d3.large"), Some("d3.xlarge"), "not c3.large");
    assert_eq!(suggest("c5.8xlarge"), Some("c5.18xlarge"), "not c3.8xlarge");
    assert_eq!(
        suggest("c6g.48xlarge"),
        Some("c6g.4xlarge"),
        "not c6a.48xlarge"
    );
    // With no real family typed, the nearest type of any family.
    assert_eq!(suggest("m5x.large"), Some("m5.large"));
}

#[test]
fn no_suggestion_when_nothing_is_close() {
    assert_eq!(suggest(""), None);
    assert_eq!(suggest("   "), None);
    assert_eq!(suggest("hello world"), None);
    assert_eq!(suggest("q9.large"), None);
    assert_eq!(suggest("zzzz.qqqqqq"), None);
    assert_eq!(suggest("micro"), None);
    assert_eq!(suggest(&"t2.micro".repeat(20)), None);
}

#[test]
fn ec2_facts_2_1_every_family_letter_in_the_data_is_explained_in_both_languages() {
    let known: BTreeSet<&str> = family_codes().collect();
    let used: BTreeSet<String> = catalog::all()
        .iter()
        .map(|t| decoded(&t.name).family_letters)
        .collect();
    for letters in &used {
        assert!(known.contains(letters.as_str()), "{letters} has an entry");
        let meaning = family_letters_meaning(letters).unwrap();
        assert_bilingual(&meaning, letters);
        assert!(meaning.en.contains("Category:"), "{}", meaning.en);
        assert!(meaning.ko.contains("범주"), "{}", meaning.ko);
    }
    // Every entry is used: the table holds no letters the data lacks.
    assert_eq!(used.len(), known.len());
    assert_eq!(family_letters_meaning("q"), None);
}

#[test]
fn ec2_facts_2_1_every_attribute_letter_in_the_data_is_explained_in_both_languages() {
    let used: BTreeSet<char> = catalog::all()
        .iter()
        .flat_map(|t| t.attribute_letters().chars())
        .collect();
    assert_eq!(
        used.iter().collect::<String>(),
        "abdefginquz",
        "the letters that occur after a generation"
    );
    for letter in &used {
        let meaning = attribute_meaning(*letter).unwrap();
        assert_bilingual(&meaning, &letter.to_string());
        assert!(meaning.en.starts_with(&format!("{letter} — ")));
    }
    assert_eq!(attribute_letters().collect::<BTreeSet<_>>(), used);
}

#[test]
fn korean_texts_use_console_terms() {
    let d = decoded("m5d.large");
    let all_ko: String = d
        .parts
        .iter()
        .map(|p| p.meaning.ko.as_str())
        .chain([d.summary.ko.as_str()])
        .collect::<Vec<_>>()
        .join(" ");
    for term in ["인스턴스 스토어", "인스턴스 유형", "세대", "크기", "패밀리"] {
        assert!(all_ko.contains(term), "{term} in {all_ko}");
    }
}

#[test]
fn size_meaning_explains_the_ladder() {
    let d = decoded("m5d.large");
    let size = d.part(Size).unwrap();
    assert!(size.meaning.en.contains("roughly doubles"));
    assert!(size.meaning.ko.contains("두 배"));
    assert!(size.meaning.en.contains("size 1 of"), "{}", size.meaning.en);
    assert!(
        size.meaning.en.contains("(large → metal)"),
        "{}",
        size.meaning.en
    );
    let only = decoded("u-3tb1.56xlarge");
    assert!(only
        .part(Size)
        .unwrap()
        .meaning
        .en
        .contains("the only size"));
    let generation = decoded("m5.large");
    assert!(generation
        .part(Generation)
        .unwrap()
        .meaning
        .en
        .contains("newer"));
    assert!(generation
        .part(Generation)
        .unwrap()
        .meaning
        .en
        .contains("previous generation"));
}

#[test]
fn size_ladders_run_nano_to_metal() {
    let names =
        |family: &str| -> Vec<&str> { size_ladder(family).iter().map(|t| t.size()).collect() };
    assert_eq!(
        names("t2"),
        ["nano", "micro", "small", "medium", "large", "xlarge", "2xlarge"]
    );
    assert_eq!(names("m5").first(), Some(&"large"));
    assert_eq!(names("m5").last(), Some(&"metal"));
    let c7i = names("c7i");
    assert_eq!(
        &c7i[c7i.len() - 3..],
        ["48xlarge", "metal-24xl", "metal-48xl"]
    );
    assert!(names("nope").is_empty());
    assert!(names("").is_empty());
    let t2 = size_ladder("t2");
    assert_eq!((t2[0].vcpus, t2[0].memory_mib), (1, 512));
    assert_eq!((t2[1].vcpus, t2[1].memory_mib), (1, 1024));
}

#[test]
fn every_ladder_grows_until_metal() {
    let mut total = 0;
    for family in catalog::families() {
        let ladder = size_ladder(family);
        total += ladder.len();
        let virtualised: Vec<_> = ladder.iter().filter(|t| !t.bare_metal).collect();
        for pair in virtualised.windows(2) {
            assert!(
                pair[0].vcpus <= pair[1].vcpus && pair[0].memory_mib <= pair[1].memory_mib,
                "{} → {}",
                pair[0].name,
                pair[1].name
            );
        }
        // Bare metal comes last.
        let first_metal = ladder.iter().position(|t| t.bare_metal);
        if let Some(index) = first_metal {
            assert!(
                ladder[index..]
                    .iter()
                    .all(|t| t.size().starts_with("metal")),
                "{family}"
            );
        }
    }
    assert_eq!(total, 1395);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn decode_and_suggest_never_panic_on_any_string(input in any::<String>()) {
        let _ = decode(&input);
        let _ = suggest(&input);
    }

    #[test]
    fn decode_and_suggest_never_panic_on_name_like_strings(input in "[a-zA-Z0-9.\\- ]{0,24}") {
        match decode(&input) {
            Ok(d) => {
                prop_assert_eq!(d.in_catalogue(), catalog::lookup(&d.name).is_some());
                prop_assert!(!d.parts.is_empty());
            }
            Err(e) => prop_assert!(!e.message().en.is_empty()),
        }
        if let Some(name) = suggest(&input) {
            prop_assert!(catalog::lookup(name).is_some());
        }
    }

    #[test]
    fn one_typo_in_a_real_name_still_gets_a_real_suggestion(
        index in 0..1395usize,
        position in 0..30usize,
        letter in "[a-z0-9]",
    ) {
        let real = &catalog::all()[index].name;
        let mut typo = real.clone();
        let at = position % real.len();
        typo.replace_range(at..at + 1, &letter);
        let _ = decode(&typo);
        let suggestion = suggest(&typo);
        prop_assert!(suggestion.is_some(), "{} → {} got nothing", real, typo);
        prop_assert!(catalog::lookup(suggestion.unwrap()).is_some());
    }
}
