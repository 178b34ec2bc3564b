#include "zfs/size_parse.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

namespace gzfs::zfs {

namespace {

// str2shift: one unit letter, optionally followed by "B" or "iB" ("G", "GB", "GiB"); "BB" and
// "BiB" are refused.
Result<int> suffix_shift(const std::string& suffix)
{
    static constexpr std::string_view kUnits = "BKMGTPEZ";
    const auto bad = make_error("invalid numeric suffix '" + suffix + "'", EINVAL);
    if (suffix.empty())
        return 0;
    const char unit = static_cast<char>(std::toupper(static_cast<unsigned char>(suffix[0])));
    const size_t i = kUnits.find(unit);
    if (i == std::string_view::npos)
        return bad;
    const std::string rest = suffix.substr(1);
    auto upper = [](std::string s) {
        for (auto& c : s)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return s;
    };
    if (rest.empty() || (unit != 'B' && (upper(rest) == "B" || upper(rest) == "IB")))
        return static_cast<int>(10 * i);
    return bad;
}

} // namespace

Result<uint64_t> parse_size(std::string_view text)
{
    const std::string s(text);
    if (s.empty() || !(std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '.'))
        return make_error("bad numeric value '" + s + "'", EINVAL);
    errno = 0;
    char* end = nullptr;
    uint64_t number = std::strtoull(s.c_str(), &end, 10);
    if (errno == ERANGE)
        return make_error("numeric value is too large", ERANGE);
    const bool fractional = *end == '.';
    double fraction = 0;
    if (fractional)
        fraction = std::strtod(s.c_str(), &end);
    auto shift = suffix_shift(end);
    if (!shift)
        return shift.error();
    if (fractional) {
        const double value = fraction * std::pow(2.0, *shift);
        if (value >= 18446744073709551616.0)
            return make_error("numeric value is too large", ERANGE);
        return static_cast<uint64_t>(value);
    }
    if (*shift >= 64 || (*shift > 0 && (number << *shift) >> *shift != number))
        return make_error("numeric value is too large", ERANGE);
    return number << *shift;
}

} // namespace gzfs::zfs
