#include "output/number_format.h"

#include <cstdio>
#include <ctime>

namespace gzfs::out {

namespace {

// One formatter for both unit sets: libzfs' zfs_nicenum_format with 1024 steps.
std::string nice(uint64_t value, const char* const units[7])
{
    int index = 0;
    uint64_t n = value;
    while (n >= 1024 && index < 6) {
        n /= 1024;
        index++;
    }
    char buf[32];
    const uint64_t mask = index == 0 ? 0 : (uint64_t{1} << (10 * index)) - 1;
    if (index == 0 || (value & mask) == 0) {
        std::snprintf(buf, sizeof buf, "%llu%s", static_cast<unsigned long long>(n),
                      units[index]);
        return buf;
    }
    // Pick the precision that fits in 5 characters: 10239 is "10.0K", not "9.999K".
    const double scaled = static_cast<double>(value) / static_cast<double>(uint64_t{1} << (10 * index));
    for (int precision = 2; precision >= 0; precision--) {
        if (std::snprintf(buf, sizeof buf, "%.*f%s", precision, scaled, units[index]) <= 5)
            break;
    }
    return buf;
}

} // namespace

std::string nicenum(uint64_t value)
{
    static const char* const units[7] = {"", "K", "M", "G", "T", "P", "E"};
    return nice(value, units);
}

std::string nicebytes(uint64_t value)
{
    static const char* const units[7] = {"B", "K", "M", "G", "T", "P", "E"};
    return nice(value, units);
}

std::string ratio(uint64_t hundredths, bool literal)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, literal ? "%llu.%02llu" : "%llu.%02llux",
                  static_cast<unsigned long long>(hundredths / 100),
                  static_cast<unsigned long long>(hundredths % 100));
    return buf;
}

namespace {

std::string strftime_local(uint64_t seconds, const char* format)
{
    const time_t t = static_cast<time_t>(seconds);
    struct tm tm {};
    char buf[64];
    if (localtime_r(&t, &tm) == nullptr || std::strftime(buf, sizeof buf, format, &tm) == 0)
        return exact(seconds);
    return buf;
}

} // namespace

std::string date_seconds(uint64_t seconds, bool literal)
{
    // %k (space-padded hour) is a GNU extension, and it is what zfs uses.
    return literal ? exact(seconds) : strftime_local(seconds, "%a %b %e %k:%M:%S %Y");
}

std::string date(uint64_t seconds, bool literal)
{
    return literal ? exact(seconds) : strftime_local(seconds, "%a %b %e %k:%M %Y");
}

std::string exact(uint64_t value)
{
    return std::to_string(value);
}

} // namespace gzfs::out
