# The unit suite (differential and malformed-input tests included) under ASan+UBSan, in its own
# build dir so that the normal build stays fast. Any sanitizer report fails the test binary.
step_sanitize() {
    if [[ ! -f build-asan/build.ninja ]]; then
        meson setup build-asan -Db_sanitize=address,undefined -Db_lundef=false \
            -Doptimization=1 -Ddebug=false >/dev/null || return 1
    fi
    # Only what the unit suite's tests need (the whole tree under ASan costs minutes more).
    local ids targets
    ninja -C build-asan build.ninja >/dev/null || return 1 # reconfigure first if meson.build changed
    ids=$(cd build-asan && meson introspect --tests |
        jq -r '[.[] | select(.suite | index("gzfs:unit")) | .depends[]] | unique | .[]')
    targets=$(cd build-asan && meson introspect --targets |
        jq -r --arg ids "$ids" '($ids | split("\n")) as $want |
            .[] | select(.id | IN($want[])) | .filename[0]' |
        sed "s|^$PWD/||")
    ninja -C build-asan $targets >/dev/null || return 1
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        meson test -C build-asan --suite unit --no-rebuild --print-errorlogs
}
