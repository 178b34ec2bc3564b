#!/bin/bash
# POOL_CONFIGS and POOL_STATS on pools made by the real zpool return what `zpool list` shows.
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/probe.bash"

make_pool tank mirror @ @ @
make_pool other @

probe_ok pool_configs
expect_eq "$(zpool list -H -o name | sort)" "$(pj '.pools | keys[]' | sort)" "pool names"
gen=$(pj .generation)
for p in tank other; do
    expect_eq "$(zpool get -Hp -o value guid $p)" "$(pj ".pools.$p.pool_guid")" "$p guid"
    expect_eq "$(zpool list -H -P -v $p | awk -F'\t' '$2 ~ /^\/tmp/ {print $2}' | sort)" \
        "$(pj ".pools.$p.vdev_tree | .. | objects | select(.type == \"file\") | .path" | sort)" \
        "$p vdev paths"
done
expect_eq mirror "$(pj '.pools.tank.vdev_tree.children[0].type')" "tank is a mirror"

# Same generation: unchanged (EEXIST from the kernel).
probe_ok pool_configs "$gen"
expect_eq false "$(pj .changed)" "generation unchanged"
zpool destroy other
probe_ok pool_configs "$gen"
expect_eq true "$(pj .changed)" "changed after destroy"
expect_eq tank "$(pj '.pools | keys | join(",")')" "only tank left"

# POOL_STATS: the full config with stats; size and allocation as zpool list -p shows them.
probe_ok pool_stats tank
expect_eq 0 "$(pj .pool_error)" "no pool error"
expect_eq 7 "$(pj '.config.vdev_tree.vdev_stats[1]')" "root vdev ONLINE"
expect_eq "$(zpool list -Hp -o alloc tank)" "$(pj '.config.vdev_tree.vdev_stats[3]')" "alloc"
expect_match '"func"|scan_stats|^' "$(pj '.config | keys | join(",")')"

# POOL_GET_PROPS agrees with zpool get.
probe_ok pool_get_props tank
for prop in size free allocated guid; do
    expect_eq "$(zpool get -Hp -o value $prop tank)" "$(pj ".$prop.value")" "prop $prop"
done
