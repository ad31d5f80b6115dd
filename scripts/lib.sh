# Shared by scripts/*: installs what the project needs on a fresh machine, skipping what is already
# there at the right version. Sourced, not run. Every failure ends with one sentence saying what is
# missing and how to install it by hand.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
RUST_MIN="1.95"
# trunk insists on a wasm-bindgen-cli of exactly the version in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)"

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"
# Playwright drives Debian's Chromium; it must never try to download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nerror: %s\n' "$*" >&2; exit 1; }

version_at_least() { # $1 >= $2, dotted versions
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

ensure_rust() {
  command -v cargo >/dev/null 2>&1 ||
    die "Rust is missing: install it with rustup (https://rustup.rs), version $RUST_MIN or newer, then run this again."
  local rustc_version
  rustc_version="$(rustc --version | awk '{print $2}')"
  version_at_least "$rustc_version" "$RUST_MIN" ||
    die "rustc $rustc_version is too old: this project needs $RUST_MIN or newer (rustup update stable)."
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown ||
      die "could not add the wasm32 target; run by hand: rustup target add wasm32-unknown-unknown"
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then return; fi
  say "Installing trunk $TRUNK_VERSION from crates.io (compiles for about 13 minutes on 2 cores; only the first time)"
  # 0.21.14 because trunk 0.22 needs a newer rustc than this machine has.
  cargo install trunk --version "$TRUNK_VERSION" --locked ||
    die "could not install trunk $TRUNK_VERSION; install it by hand: cargo install trunk --version $TRUNK_VERSION --locked"
}

ensure_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then return; fi
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 3 minutes; only the first time)"
  # Not --locked: a dependency version pinned in its lockfile is not served by the registry here.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" ||
    die "could not install wasm-bindgen-cli $WASM_BINDGEN_VERSION; install it by hand: cargo install wasm-bindgen-cli --version =$WASM_BINDGEN_VERSION"
}

# npm packages (binaryen's wasm-opt for builds; Playwright for tests) from the committed lockfile.
ensure_npm_packages() {
  command -v npm >/dev/null 2>&1 ||
    die "Node.js and npm are missing: install them (apt-get install nodejs npm, Node.js 20 or newer), then run this again."
  local stamp="node_modules/.installed-from-lock"
  local want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  say "Installing npm packages from package-lock.json (wasm-opt from binaryen, Playwright)"
  npm ci --no-audit --no-fund ||
    die "npm ci failed; check that the npm registry is reachable, then run: npm ci"
  echo "$want" >"$stamp"
}

ensure_build_tools() {
  ensure_rust
  ensure_npm_packages
  ensure_wasm_bindgen
  ensure_trunk
  [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" = "125" ] ||
    die "wasm-opt 125 is not on PATH after npm ci; run: npm ci (it comes from binaryen@125.0.0)"
}

# Debian's Chromium for the end-to-end tests, and Korean fonts so screenshots show Hangul, not boxes.
ensure_test_tools() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  fc-list 2>/dev/null | grep -qi "noto.*cjk" || missing+=(fonts-noto-cjk)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "Installing ${missing[*]} from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null ||
      die "could not install ${missing[*]}; install by hand: apt-get install ${missing[*]}"
  fi
}

# A release build in $2 (default dist) for the public URL $1 (default /).
build_release() {
  local public_url="${1:-/}" dist="${2:-dist}"
  say "Building the release site for public URL $public_url into $dist/"
  CARGO_NET_OFFLINE=true trunk build --release --offline --public-url "$public_url" --dist "$dist" &&
    say "Pre-rendering the home page (examples/prerender.rs)" &&
    cargo run --quiet --example prerender >target/prerender.html &&
    node scripts/postbuild.mjs "$dist" target/prerender.html
}
