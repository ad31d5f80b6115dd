//! Regions and Availability Zones. Each region has a default VPC (172.31.0.0/16) with one default
//! subnet per AZ (a /20, as AWS creates them), and a few public IPv4 prefixes that look like that
//! region's real address space.

use super::error::{self, ApiResult};
use super::ids::stable_id;

#[derive(Debug)]
pub struct Region {
    pub name: &'static str,
    pub display_name: &'static str,
    /// AZ letters in order: `abcdef` gives us-east-1a … us-east-1f.
    pub az_letters: &'static str,
    /// First two octets of plausible public IPv4 addresses for this region.
    pub public_prefixes: &'static [(u8, u8)],
    /// `ec2.internal` (us-east-1) or `<region>.compute.internal`.
    pub private_dns_suffix: &'static str,
    /// `compute-1.amazonaws.com` (us-east-1) or `<region>.compute.amazonaws.com`.
    pub public_dns_suffix: &'static str,
}

pub const DEFAULT_REGION: &str = "us-east-1";

pub const REGIONS: &[Region] = &[
    Region {
        name: "us-east-1",
        display_name: "US East (N. Virginia)",
        az_letters: "abcdef",
        public_prefixes: &[(3, 80), (3, 85), (18, 207), (44, 201), (54, 88), (54, 160)],
        private_dns_suffix: "ec2.internal",
        public_dns_suffix: "compute-1.amazonaws.com",
    },
    Region {
        name: "ap-northeast-2",
        display_name: "Asia Pacific (Seoul)",
        az_letters: "abcd",
        public_prefixes: &[(3, 34), (3, 35), (13, 124), (13, 209), (43, 201), (52, 78)],
        private_dns_suffix: "ap-northeast-2.compute.internal",
        public_dns_suffix: "ap-northeast-2.compute.amazonaws.com",
    },
];

/// The region with this name, or the error every action gives for an unknown one.
pub fn region(name: &str) -> ApiResult<&'static Region> {
    REGIONS
        .iter()
        .find(|r| r.name == name)
        .ok_or_else(|| error::unknown_region(name))
}

pub fn region_names() -> Vec<&'static str> {
    REGIONS.iter().map(|r| r.name).collect()
}

impl Region {
    pub fn availability_zones(&self) -> Vec<String> {
        self.az_letters
            .chars()
            .map(|c| format!("{}{}", self.name, c))
            .collect()
    }

    /// Position of the AZ in the region (0 for `…a`), or None if the AZ is not in this region.
    pub fn az_index(&self, az: &str) -> Option<usize> {
        let letter = az.strip_prefix(self.name)?;
        let mut chars = letter.chars();
        let c = chars.next()?;
        if chars.next().is_some() {
            return None;
        }
        self.az_letters.find(c)
    }

    /// The AZ by name, or `InvalidParameterValue: Invalid availability zone: [..]`.
    pub fn check_az(&self, az: &str) -> ApiResult<usize> {
        self.az_index(az)
            .ok_or_else(|| error::invalid_availability_zone(az))
    }

    pub fn vpc_id(&self) -> String {
        stable_id("vpc", self.name)
    }

    pub fn subnet_id(&self, az: &str) -> String {
        stable_id("subnet", az)
    }

    /// The AZ whose default subnet has this ID.
    pub fn az_of_subnet(&self, subnet_id: &str) -> Option<String> {
        self.availability_zones()
            .into_iter()
            .find(|az| self.subnet_id(az) == subnet_id)
    }

    /// Third octet where the AZ's default /20 subnet starts: 172.31.0.0/20, 172.31.16.0/20, …
    pub fn subnet_third_octet(&self, az_index: usize) -> u8 {
        (az_index as u8) * 16
    }

    pub fn subnet_cidr(&self, az_index: usize) -> String {
        format!("172.31.{}.0/20", self.subnet_third_octet(az_index))
    }

    pub fn private_dns_name(&self, ip: &str) -> String {
        format!("ip-{}.{}", ip.replace('.', "-"), self.private_dns_suffix)
    }

    pub fn public_dns_name(&self, ip: &str) -> String {
        format!("ec2-{}.{}", ip.replace('.', "-"), self.public_dns_suffix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_have_the_brief_s_availability_zones() {
        let us = region("us-east-1").unwrap();
        assert_eq!(us.availability_zones().len(), 6);
        assert_eq!(us.az_index("us-east-1f"), Some(5));
        assert_eq!(us.az_index("us-east-1g"), None);
        assert_eq!(us.az_index("us-east-1"), None);
        assert_eq!(us.az_index("us-east-1aa"), None);
        let seoul = region("ap-northeast-2").unwrap();
        assert_eq!(
            seoul.availability_zones(),
            vec![
                "ap-northeast-2a",
                "ap-northeast-2b",
                "ap-northeast-2c",
                "ap-northeast-2d"
            ]
        );
        assert_eq!(
            region("eu-west-9").unwrap_err().code,
            "InvalidParameterValue"
        );
        assert_eq!(
            us.az_of_subnet(&us.subnet_id("us-east-1c")).as_deref(),
            Some("us-east-1c")
        );
    }
}
