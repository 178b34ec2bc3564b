# tests/vm/ in one boot of the real ZFS 2.3.2 module (bookworm-backports), with gzfs from build/.
step_vm_2_3_2() {
    local out
    out=$(scripts/build -j2 2>&1) || { echo "$out" | tail -30; echo "vm-2.3.2: scripts/build failed"; return 1; }
    scripts/vm/build-modules 2.3.2 >/dev/null || return 1
    # On a fresh machine the next step's module build overlaps this VM run, which keeps
    # about one core busy; that step waits for the build (it is locked) if it is not done.
    if [[ " ${steps[*]:-} " == *" vm-2.1.11 "* ]]; then
        scripts/vm/build-modules 2.1.11 >/dev/null 2>&1 &
    fi
    scripts/vm/run --zfs 2.3.2 --timeout 2100 -- tests/vm/run-all
}
