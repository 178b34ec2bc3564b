#!/bin/bash
# The real zpool/zfs create, snapshot, list, export and import a pool on file vdevs in /tmp.
source "$(dirname "$0")/../lib.sh"

make_pool tank
expect_eq "tank	ONLINE" "$(zpool list -H -o name,health)" "pool online"
expect_ok zfs create tank/a
expect_ok zfs create -o compression=lz4 tank/a/b
expect_ok zfs snapshot -r tank/a@s1
expect_eq "tank
tank/a
tank/a/b
tank/a/b@s1
tank/a@s1" "$(zfs list -H -t all -o name | LC_ALL=C sort)" "datasets and snapshots"
expect_eq lz4 "$(zfs get -H -o value compression tank/a/b)" "property set at create"
expect_ok test -d /tank/a/b
echo hello >/tank/a/b/file
expect_ok zfs snapshot tank/a/b@s2
expect_ok zpool export tank
expect_eq "no pools available" "$(zpool list 2>&1)" "exported"
expect_ok zpool import -d /tmp/vdevs tank
expect_eq hello "$(cat /tank/a/b/file)" "data survives export/import"
expect_fail 1 zfs create tank/a
expect_fail 2 zfs create
