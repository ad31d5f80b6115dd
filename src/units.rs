//! Numbers as both languages write them. Pure; used by the engine's texts and the UI alike.

/// Thousands separators: 1395 → "1,395".
pub fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// MiB as GiB the way the console shows memory, without float noise: 512 → "0.5",
/// 15616 → "15.25", 3145728 → "3,072".
pub fn format_gib(mib: u64) -> String {
    if mib.is_multiple_of(1024) {
        return group_thousands((mib / 1024) as usize);
    }
    let text = format!("{:.3}", mib as f64 / 1024.0);
    text.trim_end_matches('0').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(579), "579");
        assert_eq!(group_thousands(1395), "1,395");
        assert_eq!(group_thousands(1234567), "1,234,567");
    }

    #[test]
    fn memory_reads_like_the_console() {
        assert_eq!(format_gib(512), "0.5");
        assert_eq!(format_gib(1024), "1");
        assert_eq!(format_gib(15616), "15.25");
        assert_eq!(format_gib(8192), "8");
        assert_eq!(format_gib(3145728), "3,072");
    }
}
