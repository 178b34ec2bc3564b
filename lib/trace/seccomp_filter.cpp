#include "trace/seccomp_filter.h"

#include <linux/audit.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>

namespace gzfs::trace {

namespace {

// The native architecture's audit tag: the filter sees seccomp_data.arch and must not
// match __NR_ioctl of another ABI (a 32-bit program has other syscall numbers).
#if defined(__x86_64__)
constexpr uint32_t kArch = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
constexpr uint32_t kArch = AUDIT_ARCH_AARCH64;
#elif defined(__powerpc64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr uint32_t kArch = AUDIT_ARCH_PPC64LE;
#elif defined(__riscv) && __riscv_xlen == 64
constexpr uint32_t kArch = AUDIT_ARCH_RISCV64;
#else
#error "gztrace: add this architecture's AUDIT_ARCH_ value"
#endif

// seccomp_data: int nr; u32 arch; u64 instruction_pointer; u64 args[6].
constexpr uint32_t kNrOffset = offsetof(seccomp_data, nr);
constexpr uint32_t kArchOffset = offsetof(seccomp_data, arch);
// args[1] is the ioctl request; BPF loads 32-bit words, so read its two halves.
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr uint32_t kRequestLow = offsetof(seccomp_data, args) + 8;
constexpr uint32_t kRequestHigh = kRequestLow + 4;
#else
constexpr uint32_t kRequestHigh = offsetof(seccomp_data, args) + 8;
constexpr uint32_t kRequestLow = kRequestHigh + 4;
#endif

sock_filter stmt(uint16_t code, uint32_t k) { return BPF_STMT(code, k); }
sock_filter jump(uint16_t code, uint32_t k, uint8_t jt, uint8_t jf)
{
    return BPF_JUMP(code, k, jt, jf);
}

} // namespace

IoctlFilter::IoctlFilter()
{
    // Jump offsets count instructions to skip; "allow" and "trace" are the last two.
    program_ = {
        stmt(BPF_LD | BPF_W | BPF_ABS, kArchOffset),
        jump(BPF_JMP | BPF_JEQ | BPF_K, kArch, 0, 7),              // other ABI: allow
        stmt(BPF_LD | BPF_W | BPF_ABS, kNrOffset),
        jump(BPF_JMP | BPF_JEQ | BPF_K, __NR_ioctl, 0, 5),         // not ioctl: allow
        stmt(BPF_LD | BPF_W | BPF_ABS, kRequestHigh),
        jump(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 3),                  // request >= 2^32: allow
        stmt(BPF_LD | BPF_W | BPF_ABS, kRequestLow),
        stmt(BPF_ALU | BPF_AND | BPF_K, ~0xffu),
        jump(BPF_JMP | BPF_JEQ | BPF_K, kZfsIoctlFirst, 1, 0),     // 0x5aNN: trace
        stmt(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        stmt(BPF_RET | BPF_K, SECCOMP_RET_TRACE),
    };
}

int IoctlFilter::install() const
{
    sock_fprog prog{};
    prog.len = static_cast<unsigned short>(program_.size());
    prog.filter = const_cast<sock_filter*>(program_.data());
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) == 0)
        return 0;
    if (errno != EACCES)
        return errno;
    // Unprivileged: the kernel requires no_new_privs so that a filter cannot fool a
    // set-user-ID program.
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return errno;
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0)
        return errno;
    return 0;
}

} // namespace gzfs::trace
