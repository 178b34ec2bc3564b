# tests/vm/ in one boot of the real ZFS 2.1.11 module (bookworm), with gzfs from build/.
step_vm_2_1_11() {
    local out
    out=$(scripts/build -j2 2>&1) || { echo "$out" | tail -30; echo "vm-2.1.11: scripts/build failed"; return 1; }
    scripts/vm/run --zfs 2.1.11 --timeout 2100 -- tests/vm/run-all
}
