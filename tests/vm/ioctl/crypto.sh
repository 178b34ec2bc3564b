#!/bin/bash
# LOAD_KEY / UNLOAD_KEY / CHANGE_KEY on an encrypted dataset made by the real zfs.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/probe.bash"

make_pool tank
head -c 32 /dev/urandom >/tmp/key1
head -c 32 /dev/urandom >/tmp/key2
zfs create -o encryption=on -o keyformat=raw -o keylocation=file:///tmp/key1 tank/enc ||
    die "cannot create an encrypted dataset"
zfs umount tank/enc

probe_ok unload_key tank/enc
expect_eq unavailable "$(zfs get -H -o value keystatus tank/enc)" "unloaded"
probe_err EACCES load_key tank/enc /tmp/key2
expect_eq unavailable "$(zfs get -H -o value keystatus tank/enc)" "wrong key refused"
probe_ok load_key tank/enc /tmp/key1 noop
expect_eq unavailable "$(zfs get -H -o value keystatus tank/enc)" "noop only checks"
probe_ok load_key tank/enc /tmp/key1
expect_eq available "$(zfs get -H -o value keystatus tank/enc)" "loaded"

probe_ok change_key tank/enc /tmp/key2
expect_eq file:///tmp/key2 "$(zfs get -H -o value keylocation tank/enc)" "new keylocation"
zfs unload-key tank/enc
expect_ok zfs load-key tank/enc
expect_eq available "$(zfs get -H -o value keystatus tank/enc)" "real zfs loads the new key"
