#!/bin/bash
# The VM booted the module version that was asked for, and the real tools talk to it.
source "$(dirname "$0")/../lib.sh"

expect_ok test -c /dev/zfs
if [[ -n ${GZFS_VM_ZFS:-} ]]; then
    expect_eq "$GZFS_VM_ZFS" "$(zfs_module_version)" "module version"
fi
expect_match "^zfs-kmod-$(zfs_module_version)" "$(zfs version | tail -1)" "zfs version sees the module"
expect_eq "no pools available" "$(zpool list 2>&1)" "no pools on a fresh boot"
