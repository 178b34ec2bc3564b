# A short libFuzzer smoke of both nvlist decoders (40 s of fuzzing; scripts/fuzz for longer).
step_fuzz() {
    scripts/fuzz 40
}
