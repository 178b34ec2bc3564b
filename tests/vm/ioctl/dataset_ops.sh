#!/bin/bash
# Dataset create/stats/list/props/clone/promote/rename/rollback/snapshot/destroy, holds and
# bookmarks, space_snaps, zplprops; each checked with the real zfs.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/probe.bash"

make_pool tank

# CREATE (filesystem and volume) and OBJSET_STATS.
probe_ok create tank/a
probe_ok create tank/a/b gz:note=hi quota=100000000
probe_ok create tank/vol volsize=16777216 volblocksize=16384
expect_eq "filesystem,filesystem,volume" "$(zfs get -H -o value type tank/a tank/a/b tank/vol | paste -sd,)"
expect_eq hi "$(zfs get -H -o value gz:note tank/a/b)" "create-time user property"
expect_eq 100000000 "$(zfs get -Hp -o value quota tank/a/b)" "create-time quota"
probe_ok objset_stats tank/a/b
expect_eq 2 "$(pj .type)" "DMU_OST_ZFS"
expect_eq "$(zfs get -Hp -o value createtxg tank/a/b)" "$(pj .createtxg)" "createtxg"
expect_eq "$(zfs get -Hp -o value guid tank/a/b)" "$(pj .guid)" "guid"
expect_eq tank/a/b "$(pj '.props.quota.source')" "local quota source"
probe_ok objset_stats tank/a/b simple
expect_eq "{}" "$(pj .props)" "simple: no props"
probe_ok objset_zplprops tank/a
expect_eq "$(zfs get -Hp -o value version tank/a)" "$(pj .version)" "zpl version"

# DATASET_LIST_NEXT (full and zc_simple) equals zfs list -d1.
probe_ok list_children tank
expect_eq "$(zfs list -H -o name -d1 tank | tail -n +2 | sort)" "$(pj '.[].name' | sort)" "children"
probe_ok list_children tank simple
expect_eq "$(zfs list -H -o name -d1 tank | tail -n +2 | sort)" "$(pj '.[].name' | sort)" "simple children"

# SET_PROP / INHERIT_PROP.
probe_ok set_props tank/a gz:x=1 atime=0 recordsize=65536
expect_eq "1 off 64K" "$(zfs get -H -o value gz:x,atime,recordsize tank/a | paste -sd' ')"
expect_eq local "$(zfs get -H -o source gz:x tank/a)"
expect_eq "inherited from tank/a" "$(zfs get -H -o source gz:x tank/a/b)"
probe_ok inherit_prop tank/a atime
expect_eq default "$(zfs get -H -o source atime tank/a)" "atime inherited back"

# SNAPSHOT (batch, atomic) and SNAPSHOT_LIST_NEXT with and without a txg range.
probe_ok snapshot tank/a@s1 tank/a/b@s1
zfs create tank/a/c
probe_ok snapshot tank/a@s2
probe_ok snapshot tank/a@s3
expect_eq "tank/a@s1 tank/a@s2 tank/a@s3" "$(zfs list -H -t snapshot -o name -d1 tank/a | paste -sd' ')"
probe_ok list_snapshots tank/a
# The kernel returns snapshots in ZAP order; zfs list sorts them by createtxg.
expect_eq "tank/a@s1 tank/a@s2 tank/a@s3" "$(pj 'sort_by(.createtxg) | .[].name' | paste -sd' ')" \
    "snapshot list"
expect_eq "$(zfs get -Hp -o value used tank/a@s2)" \
    "$(pj '.[] | select(.name == "tank/a@s2") | .props.used.value')" "snapshot used"
t2=$(zfs get -Hp -o value createtxg tank/a@s2)
probe_ok list_snapshots tank/a simple min=$t2 max=$t2
expect_eq "tank/a@s2" "$(pj '.[].name' | paste -sd' ')" "txg range"
probe_err EEXIST snapshot tank/a@s3 tank/a/b@s3
expect_eq "" "$(zfs list -H -o name tank/a/b@s3 2>/dev/null)" "atomic: nothing created"

# SPACE_SNAPS equals what zfs destroy -n reports for the range.
probe_ok space_snaps tank/a@s1 tank/a@s3
expect_eq "$(zfs destroy -nvp tank/a@s1%s3 | awk '$1 == "reclaim" {print $2}')" "$(pj .used)"

# Holds.
probe_ok hold mytag tank/a@s1 tank/a/b@s1
expect_eq "mytag" "$(zfs holds -H tank/a@s1 | cut -f2)" "zfs holds sees it"
probe_ok get_holds tank/a@s1
expect_eq mytag "$(pj 'keys[]')"
probe_ok release mytag tank/a@s1 tank/a/b@s1
expect_eq "" "$(zfs holds -H tank/a@s1)" "released"

# Bookmarks.
probe_ok bookmark 'tank/a#bm' tank/a@s2
expect_eq 'tank/a#bm' "$(zfs list -H -t bookmark -o name tank/a)"
probe_ok get_bookmarks tank/a
expect_eq "$(zfs get -Hp -o value guid tank/a@s2)" "$(pj .bm.guid.value)" "bookmark guid"
if [[ $(printf '%s\n' 2.0 "$(zfs_module_version)" | sort -V | head -1) == 2.0 ]]; then
    probe_ok get_bookmark_props 'tank/a#bm'
    expect_eq "$(zfs get -Hp -o value createtxg tank/a@s2)" "$(pj .createtxg.value)"
fi
probe_ok destroy_bookmarks 'tank/a#bm'
expect_eq "" "$(zfs list -H -t bookmark -o name tank/a)" "bookmark destroyed"

# CLONE, PROMOTE.
probe_ok clone tank/clone tank/a@s2
expect_eq tank/a@s2 "$(zfs get -H -o value origin tank/clone)" "clone origin"
probe_ok promote tank/clone
expect_eq tank/clone@s2 "$(zfs get -H -o value origin tank/a)" "promoted"
expect_eq "tank/clone@s1 tank/clone@s2" "$(zfs list -H -t snapshot -o name -d1 tank/clone | paste -sd' ')"

# RENAME (dataset and recursive snapshot).
probe_ok rename tank/a/c tank/a/renamed
expect_ok zfs list tank/a/renamed
probe_ok rename tank/a/b@s1 tank/a/b@t1 recursive
expect_ok zfs list tank/a/b@t1

# ROLLBACK of a mounted filesystem made by the real zfs.
zfs create tank/rb
echo before >/tank/rb/f
zfs snapshot tank/rb@x
echo after >/tank/rb/f
probe_ok rollback tank/rb
expect_eq tank/rb@x "$(pj .target)" "rolled back to"
expect_eq before "$(cat /tank/rb/f)" "content rolled back"

# DESTROY_SNAPS (batch) and DESTROY.
probe_ok destroy_snaps tank/a/b@t1 tank/a@s3
expect_fail zfs list tank/a@s3
probe_ok destroy tank/vol
expect_fail zfs list tank/vol
# The kernel refuses to destroy a mounted filesystem (EBUSY); zfs destroy unmounts first.
probe_err EBUSY destroy tank/a/renamed
zfs umount tank/a/renamed
probe_ok destroy tank/a/renamed
expect_fail zfs list tank/a/renamed
