//! What is on an operating system's root volume: the base files of each OS flavour and the
//! packages `dnf`/`yum`/`apt` can install. Packages are files on the root volume, so they travel
//! in snapshots and custom AMIs (ec2-facts 4: "The new running instance contains all of the
//! customizations that you applied").

use super::filesystem::{FileSystem, FsKind, GIB, MIB};
use super::instance::OsFlavor;

/// Programs every flavour ships (the guest shell's built-ins live here as files, so `which`
/// finds them).
const CORE_PROGRAMS: &[&str] = &[
    "/usr/bin/bash",
    "/usr/bin/sh",
    "/usr/bin/cat",
    "/usr/bin/ls",
    "/usr/bin/echo",
    "/usr/bin/mkdir",
    "/usr/bin/rm",
    "/usr/bin/touch",
    "/usr/bin/df",
    "/usr/bin/free",
    "/usr/bin/lsblk",
    "/usr/bin/mount",
    "/usr/bin/umount",
    "/usr/bin/sudo",
    "/usr/bin/tee",
    "/usr/bin/which",
    "/usr/bin/curl",
    "/usr/bin/hostname",
    "/usr/bin/uname",
    "/usr/bin/whoami",
    "/usr/bin/fallocate",
    "/usr/bin/systemctl",
    "/usr/bin/python3",
    "/usr/sbin/mkfs",
    "/usr/sbin/mkfs.ext4",
    "/usr/sbin/shutdown",
    "/usr/sbin/reboot",
    "/usr/sbin/poweroff",
];

/// A package the guest can install: its files (path, content), its installed size and the
/// systemd service it brings, if any.
pub struct Package {
    pub name: &'static str,
    pub files: &'static [(&'static str, &'static str)],
    /// Empty directories the package creates (where the learner puts a config of their own).
    pub dirs: &'static [&'static str],
    pub size_bytes: u64,
    pub service: Option<&'static str>,
}

const NGINX_INDEX: &str = "<!DOCTYPE html>\n<html>\n<head><title>Welcome to nginx!</title></head>\n<body><h1>Welcome to nginx!</h1></body>\n</html>\n";

const DNF_PACKAGES: &[Package] = &[
    Package {
        name: "nginx",
        files: &[
            ("/usr/sbin/nginx", "ELF 64-bit executable (nginx 1.26)"),
            ("/etc/nginx/nginx.conf", "user nginx;\nworker_processes auto;\nhttp {\n    include /etc/nginx/conf.d/*.conf;\n    server {\n        listen 80;\n        root /usr/share/nginx/html;\n    }\n}\n"),
            ("/usr/share/nginx/html/index.html", NGINX_INDEX),
        ],
        dirs: &["/etc/nginx/conf.d", "/etc/nginx/default.d"],
        size_bytes: 4 * MIB,
        service: Some("nginx"),
    },
    Package {
        name: "httpd",
        files: &[
            ("/usr/sbin/httpd", "ELF 64-bit executable (Apache httpd 2.4)"),
            ("/etc/httpd/conf/httpd.conf", "Listen 80\nDocumentRoot \"/var/www/html\"\n"),
        ],
        dirs: &[],
        size_bytes: 6 * MIB,
        service: Some("httpd"),
    },
    Package {
        name: "git",
        files: &[("/usr/bin/git", "ELF 64-bit executable (git 2.47)")],
        dirs: &[],
        size_bytes: 40 * MIB,
        service: None,
    },
    Package {
        name: "htop",
        files: &[("/usr/bin/htop", "ELF 64-bit executable (htop 3.2)")],
        dirs: &[],
        size_bytes: MIB / 2,
        service: None,
    },
    Package {
        name: "docker",
        files: &[
            ("/usr/bin/docker", "ELF 64-bit executable (docker 25)"),
            ("/usr/bin/dockerd", "ELF 64-bit executable (dockerd 25)"),
        ],
        dirs: &[],
        size_bytes: 120 * MIB,
        service: Some("docker"),
    },
    Package {
        name: "mariadb105-server",
        files: &[("/usr/libexec/mariadbd", "ELF 64-bit executable (MariaDB 10.5)")],
        dirs: &[],
        size_bytes: 110 * MIB,
        service: Some("mariadb"),
    },
    Package {
        name: "postgresql15-server",
        files: &[("/usr/bin/postgres", "ELF 64-bit executable (PostgreSQL 15)")],
        dirs: &[],
        size_bytes: 30 * MIB,
        service: Some("postgresql"),
    },
    Package {
        name: "nodejs",
        files: &[("/usr/bin/node", "ELF 64-bit executable (Node.js 20)")],
        dirs: &[],
        size_bytes: 60 * MIB,
        service: None,
    },
    Package {
        name: "stress",
        files: &[("/usr/bin/stress", "ELF 64-bit executable (stress 1.0)")],
        dirs: &[],
        size_bytes: MIB / 10,
        service: None,
    },
    Package {
        name: "tree",
        files: &[("/usr/bin/tree", "ELF 64-bit executable (tree 1.8)")],
        dirs: &[],
        size_bytes: MIB / 10,
        service: None,
    },
];

const APT_PACKAGES: &[Package] = &[
    Package {
        name: "nginx",
        files: &[
            ("/usr/sbin/nginx", "ELF 64-bit executable (nginx 1.24)"),
            (
                "/etc/nginx/nginx.conf",
                "user www-data;\nworker_processes auto;\ninclude /etc/nginx/sites-enabled/*;\n",
            ),
            ("/var/www/html/index.nginx-debian.html", NGINX_INDEX),
        ],
        dirs: &[
            "/etc/nginx/conf.d",
            "/etc/nginx/sites-available",
            "/etc/nginx/sites-enabled",
        ],
        size_bytes: 3 * MIB,
        service: Some("nginx"),
    },
    Package {
        name: "apache2",
        files: &[
            ("/usr/sbin/apache2", "ELF 64-bit executable (Apache 2.4)"),
            (
                "/var/www/html/index.html",
                "<html><body><h1>It works!</h1></body></html>\n",
            ),
        ],
        dirs: &[],
        size_bytes: 8 * MIB,
        service: Some("apache2"),
    },
    Package {
        name: "git",
        files: &[("/usr/bin/git", "ELF 64-bit executable (git 2.43)")],
        dirs: &[],
        size_bytes: 35 * MIB,
        service: None,
    },
    Package {
        name: "htop",
        files: &[("/usr/bin/htop", "ELF 64-bit executable (htop 3.3)")],
        dirs: &[],
        size_bytes: MIB / 2,
        service: None,
    },
    Package {
        name: "docker.io",
        files: &[
            ("/usr/bin/docker", "ELF 64-bit executable (docker 24)"),
            ("/usr/bin/dockerd", "ELF 64-bit executable (dockerd 24)"),
        ],
        dirs: &[],
        size_bytes: 110 * MIB,
        service: Some("docker"),
    },
    Package {
        name: "mariadb-server",
        files: &[(
            "/usr/sbin/mariadbd",
            "ELF 64-bit executable (MariaDB 10.11)",
        )],
        dirs: &[],
        size_bytes: 100 * MIB,
        service: Some("mariadb"),
    },
    Package {
        name: "postgresql",
        files: &[(
            "/usr/lib/postgresql/16/bin/postgres",
            "ELF 64-bit executable (PostgreSQL 16)",
        )],
        dirs: &[],
        size_bytes: 40 * MIB,
        service: Some("postgresql"),
    },
    Package {
        name: "nodejs",
        files: &[("/usr/bin/node", "ELF 64-bit executable (Node.js 18)")],
        dirs: &[],
        size_bytes: 50 * MIB,
        service: None,
    },
    Package {
        name: "stress",
        files: &[("/usr/bin/stress", "ELF 64-bit executable (stress 1.0)")],
        dirs: &[],
        size_bytes: MIB / 10,
        service: None,
    },
    Package {
        name: "tree",
        files: &[("/usr/bin/tree", "ELF 64-bit executable (tree 2.1)")],
        dirs: &[],
        size_bytes: MIB / 10,
        service: None,
    },
];

/// The packages this flavour's package manager knows.
pub fn packages(os: OsFlavor) -> &'static [Package] {
    if os.uses_apt() {
        APT_PACKAGES
    } else {
        DNF_PACKAGES
    }
}

pub fn find_package(os: OsFlavor, name: &str) -> Option<&'static Package> {
    packages(os).iter().find(|p| p.name == name)
}

/// Marker file recording an installed package (so `dnf list installed` and AMIs carry it).
pub fn package_marker(os: OsFlavor, name: &str) -> String {
    if os.uses_apt() {
        format!("/var/lib/dpkg/info/{name}.list")
    } else {
        format!("/var/lib/rpm/installed/{name}")
    }
}

/// Installs a package's files onto a root file system. Errors with the file system's text.
pub fn install(fs: &mut FileSystem, os: OsFlavor, package: &Package) -> Result<(), &'static str> {
    if fs.available_bytes() < package.size_bytes {
        return Err("No space left on device");
    }
    for dir in package.dirs {
        fs.mkdir(dir, true).map_err(|e| e.text())?;
    }
    for (path, content) in package.files {
        let dir = &path[..path.rfind('/').unwrap_or(0)];
        if !dir.is_empty() {
            fs.mkdir(dir, true).map_err(|e| e.text())?;
        }
        fs.write(path, content, false).map_err(|e| e.text())?;
    }
    let marker = package_marker(os, package.name);
    let dir = &marker[..marker.rfind('/').unwrap_or(0)];
    fs.mkdir(dir, true).map_err(|e| e.text())?;
    fs.write(&marker, package.name, false)
        .map_err(|e| e.text())?;
    // The package's bulk, without listing every file.
    fs.base_used_bytes += package.size_bytes;
    Ok(())
}

/// A freshly installed root file system for this flavour, on a volume of `size_gib`.
pub fn root_filesystem(os: OsFlavor, size_gib: u64) -> FileSystem {
    let kind = match os {
        OsFlavor::AmazonLinux2023 => FsKind::Xfs,
        _ => FsKind::Ext4,
    };
    let mut fs = FileSystem::formatted(kind, size_gib * GIB);
    fs.base_used_bytes = match os {
        OsFlavor::AmazonLinux2023 => 1_600 * MIB,
        OsFlavor::AmazonLinux2018 => 1_200 * MIB,
        OsFlavor::Ubuntu2404 => 1_900 * MIB,
        OsFlavor::Debian12 => 1_400 * MIB,
    };
    let user = os.default_user();
    for dir in [
        "/etc",
        "/usr/bin",
        "/usr/sbin",
        "/usr/share",
        "/var/log",
        "/var/lib",
        "/tmp",
        "/root",
        "/mnt",
        "/opt",
        "/srv",
        "/boot",
    ] {
        let _ = fs.mkdir(dir, true);
    }
    let _ = fs.mkdir(&format!("/home/{user}"), true);
    let (id, version, pretty) = match os {
        OsFlavor::AmazonLinux2023 => ("amzn", "2023", os.pretty_name()),
        OsFlavor::AmazonLinux2018 => ("amzn", "2018.03", os.pretty_name()),
        OsFlavor::Ubuntu2404 => ("ubuntu", "24.04", os.pretty_name()),
        OsFlavor::Debian12 => ("debian", "12", os.pretty_name()),
    };
    let _ = fs.write(
        "/etc/os-release",
        &format!(
            "NAME=\"{}\"\nVERSION_ID=\"{version}\"\nID=\"{id}\"\nPRETTY_NAME=\"{pretty}\"\n",
            pretty.split(' ').take(2).collect::<Vec<_>>().join(" ")
        ),
        false,
    );
    let _ = fs.write(
        "/etc/fstab",
        &format!("LABEL=root  /  {}  defaults,noatime  1 1\n", kind.as_str()),
        false,
    );
    let mut programs: Vec<&str> = CORE_PROGRAMS.to_vec();
    match os {
        OsFlavor::AmazonLinux2023 => {
            programs.extend(["/usr/bin/dnf", "/usr/bin/yum", "/usr/sbin/mkfs.xfs"])
        }
        OsFlavor::AmazonLinux2018 => programs.push("/usr/bin/yum"),
        OsFlavor::Ubuntu2404 | OsFlavor::Debian12 => {
            programs.extend(["/usr/bin/apt", "/usr/bin/apt-get", "/usr/sbin/mkfs.xfs"])
        }
    }
    for p in programs {
        let _ = fs.write(p, "ELF 64-bit executable", false);
    }
    fs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_filesystems_have_an_os_and_room() {
        let fs = root_filesystem(OsFlavor::AmazonLinux2023, 8);
        assert!(fs.read("/etc/os-release").unwrap().contains("amzn"));
        assert!(fs.is_file("/usr/bin/dnf"));
        assert!(fs.available_bytes() > 6 * GIB);
        let ubuntu = root_filesystem(OsFlavor::Ubuntu2404, 8);
        assert!(ubuntu.is_file("/usr/bin/apt"));
        assert!(ubuntu.is_dir("/home/ubuntu"));
    }

    #[test]
    fn installing_nginx_puts_files_on_the_root_volume() {
        let mut fs = root_filesystem(OsFlavor::AmazonLinux2023, 8);
        let nginx = find_package(OsFlavor::AmazonLinux2023, "nginx").unwrap();
        install(&mut fs, OsFlavor::AmazonLinux2023, nginx).unwrap();
        assert!(fs.is_file("/usr/sbin/nginx"));
        // Where the learner writes a site's config (product.md: "install nginx and write a config").
        assert!(fs.is_dir("/etc/nginx/conf.d"));
        assert!(fs.is_file("/var/lib/rpm/installed/nginx"));
    }
}
