# Unit tests and the differential tests against the real libnvpair.
step_unit() {
    scripts/build && meson test -C build --suite unit --print-errorlogs
}
