# Shared by the scripts in scripts/vm/ (sourced, not run).
# Cache layout, keyed so that several helpers and versions coexist:
#   $GZFS_VM_CACHE/modules/<zfs>-<kver>/   stripped *.ko and load-order
#   $GZFS_VM_CACHE/initramfs/<kver>-<hash>.cpio
#   $GZFS_VM_CACHE/vmlinux/<kver>          the uncompressed kernel QEMU boots
#   $GZFS_VM_CACHE/kernels/<kver>/         kernels not installed on the host (boot, lib, usr)
#   $GZFS_VM_CACHE/apt/<suite>/            private apt lists for suites the host does not use
vm_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
vm_cache=${GZFS_VM_CACHE:-/var/cache/gzfs}

vm_log() { echo "vm: $*" >&2; }
vm_die() { echo "vm: $*" >&2; exit "${vm_die_status:-1}"; }

# vm_version_field ZFSVER COLUMN: a column (2 debian version, 3 suite, 4 kernel series)
# of scripts/vm/versions.
vm_version_field() {
    local v
    v=$(awk -v z="$1" -v c="$2" '$1 == z { print $c }' "$vm_dir/versions")
    [[ -n $v ]] || vm_die "unknown zfs version '$1' (known: $(awk '!/^#/ { printf "%s ", $1 }' "$vm_dir/versions"))"
    echo "$v"
}

# vm_kernel_root SERIES SUITE: the directory holding boot/vmlinuz-*, lib/modules/* and
# usr/src headers of the newest kernel of that series: "/" for the host's own Debian kernel,
# else one fetched (once) from SUITE into the cache by fetch-kernel.
vm_kernel_root() {
    local series=$1 suite=$2
    if compgen -G "/boot/vmlinuz-$series.*" >/dev/null; then
        echo /
        return
    fi
    if ! compgen -G "$vm_cache/kernels/$series.*/boot" >/dev/null; then
        "$vm_dir/fetch-kernel" "$suite" "$series" >&2 || vm_die "cannot fetch a $series kernel from $suite"
    fi
    ls -d "$vm_cache/kernels/$series."* | sort -V | tail -1
}

# vm_apt SUITE ARGS...: apt-get ARGS for SUITE. The host's own suites use the host's apt;
# any other (bullseye) gets private lists under the cache, fetched once, so the host's apt
# never sees that suite and nothing on the host can be upgraded from it.
vm_apt() {
    local suite=$1
    shift
    if [[ $suite == bookworm* ]]; then
        apt-get "$@"
        return
    fi
    local dir=$vm_cache/apt/$suite
    local opts=(-o "Dir::Etc::SourceList=$dir/sources.list" -o "Dir::Etc::SourceParts=$dir/parts"
        -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache" -o "Dir::Etc::Preferences=/dev/null"
        -o "Dir::Etc::PreferencesParts=$dir/parts")
    if [[ ! -f $dir/lists/.done ]]; then
        mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial" "$dir/parts"
        echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main contrib" \
            >"$dir/sources.list"
        apt-get -q "${opts[@]}" update >&2 || return 1
        touch "$dir/lists/.done"
    fi
    if [[ $1 == cache ]]; then
        shift
        apt-cache "${opts[@]}" "$@"
    else
        apt-get "${opts[@]}" "$@"
    fi
}

# vm_kernel_version ROOT SERIES: e.g. 6.1.0-56-amd64, the newest of the series under ROOT.
vm_kernel_version() {
    local k
    k=$(ls "$1"/boot/vmlinuz-"$2".* 2>/dev/null | sort -V | tail -1)
    [[ -n $k ]] || vm_die "no kernel $2.* under $1/boot"
    basename "$k" | sed 's/^vmlinuz-//'
}

# vm_boot_kernel ROOT KVER: the kernel image QEMU should boot. Debian's bzImage is
# xz-compressed, and under TCG unpacking it takes longer than the rest of the boot; its
# uncompressed vmlinux has a PVH entry point QEMU boots directly. Extracted once and cached;
# the bzImage is the fallback.
vm_boot_kernel() {
    local vmlinuz=${1%/}/boot/vmlinuz-$2
    local out=$vm_cache/vmlinux/$2
    if [[ -f $out ]]; then
        echo "$out"
        return
    fi
    mkdir -p "$vm_cache/vmlinux"
    local tmp off
    tmp=$(mktemp "$vm_cache/vmlinux/.extract.XXXXXX")
    # (Readers that stop early would trip pipefail: read through process substitutions.)
    off=$(head -1 < <(grep -abo $'\xfd7zXZ' "$vmlinuz") | cut -d: -f1)
    # XEN_ELFNOTE_PHYS32_ENTRY (18) is the PVH entry point QEMU looks for.
    if [[ -n $off ]] &&
        xz -dc --single-stream < <(tail -c +$((off + 1)) "$vmlinuz") >"$tmp" 2>/dev/null &&
        grep -q 'Unknown note type: (0x00000012)' < <(readelf -n "$tmp" 2>/dev/null); then
        mv "$tmp" "$out"
        echo "$out"
    else
        rm -f "$tmp"
        echo "$vmlinuz"
    fi
}
