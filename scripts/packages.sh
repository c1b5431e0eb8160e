# Sourced by the scripts here: install_debian_packages CALLER PACKAGE... installs Debian packages
# with apt-get, as root or through sudo, or stops with a sentence saying what to install by hand.
install_debian_packages() {
  local caller=$1
  shift
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$caller: there is no apt-get here. Install $* yourself." >&2
    exit 1
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "$caller: installing packages needs root, and sudo is not here. Run as root, or" \
        "install $* first." >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
}
