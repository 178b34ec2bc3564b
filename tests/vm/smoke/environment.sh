#!/bin/bash
# What scripts/vm/run promises a test: root, the host's tree at the same paths behind a
# writable overlay, /tmp an empty tmpfs, /usr/sbin on PATH, the GZFS_* environment.
source "$(dirname "$0")/../lib.sh"

expect_eq 0 "$(id -u)" "runs as root"
expect_eq "$vm_test_repo" "$(pwd -P)" "run-all starts tests in the repository root"
expect_eq tmpfs "$(stat -f -c %T /tmp)" "/tmp is a tmpfs"
expect_eq overlayfs "$(stat -f -c %T /)" "/ is the overlay"
expect_match "(^|:)/usr/sbin(:|$)" "$PATH" "/usr/sbin on PATH"
expect_eq /usr/sbin/zpool "$(command -v zpool)" "the real zpool"
expect_ok test -f "$vm_test_repo/tests/vm/lib.sh"
# Writes land in the overlay's tmpfs and vanish with the VM.
expect_ok touch "$vm_test_repo/.vm-write-test"
expect_match '^[0-9]+\.[0-9]+' "${GZFS_VM_ZFS:-}" "GZFS_VM_ZFS passed in"
