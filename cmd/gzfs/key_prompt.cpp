#include "key_prompt.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace gzfs::cli {

namespace {

// The terminal's settings while echo is off, for the SIGINT handler to put back.
struct termios g_saved;
volatile sig_atomic_t g_echo_off = 0;

void restore_and_die(int sig)
{
    if (g_echo_off)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// One line from the terminal with echo off; the newline the user typed is echoed by hand.
// Echo goes off before the question shows (zfs does it after), so that nothing typed once
// the question is there can be flushed away or echoed.
Result<std::string> ask(const std::string& question)
{
    struct termios quiet;
    if (::tcgetattr(STDIN_FILENO, &g_saved) != 0) {
        const int err = errno;
        return make_error(std::string("cannot read the terminal: ") + std::strerror(err), err);
    }
    quiet = g_saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK | ECHONL);
    auto old_int = std::signal(SIGINT, restore_and_die);
    auto old_tstp = std::signal(SIGTSTP, SIG_IGN);
    g_echo_off = 1;
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    std::fprintf(stderr, "%s", question.c_str());
    std::fflush(stderr);
    std::string line;
    int err = 0;
    for (;;) {
        char c;
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            err = errno;
        if (got <= 0 || c == '\n')
            break;
        line += c;
    }
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    g_echo_off = 0;
    std::signal(SIGINT, old_int);
    std::signal(SIGTSTP, old_tstp);
    std::fputc('\n', stderr);
    if (err != 0)
        return make_error(std::string("cannot read the terminal: ") + std::strerror(err), err);
    return line;
}

} // namespace

bool TerminalPrompter::interactive() const
{
    return ::isatty(STDIN_FILENO) != 0;
}

Result<std::string> TerminalPrompter::read(const zfs::KeyPrompt& p)
{
    if (!interactive())
        return zfs::read_key_material(STDIN_FILENO, p.format);
    if (p.format == zfs::KeyFormat::Raw)
        return make_error("cannot enter raw keys on the terminal", EINVAL);
    if (p.previous)
        std::fprintf(stderr, "%s\n", p.previous->c_str());
    const std::string what = std::string(p.new_key ? "new " : "") +
                             std::string(zfs::key_format_noun(p.format)) + " for '" +
                             p.dataset + "':";
    auto first = ask("Enter " + what);
    if (!first || !p.new_key)
        return first;
    // A new key is typed twice; a bad one is refused before the second time.
    if (auto s = zfs::check_key_material(p.format, *first); !s)
        return s.error();
    auto again = ask("Re-enter " + what);
    if (!again)
        return again;
    if (*again != *first)
        return make_error("provided keys do not match", EINVAL);
    return first;
}

} // namespace gzfs::cli
