// libFuzzer harness for the native decoder (see fuzz_unpack.h and scripts/fuzz).
#include "fuzz_unpack.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return gzfs::nv::fuzz::unpack_one(data, size, gzfs::nv::Encoding::Native);
}
