#include "pool/draid_config.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace gzfs {
namespace {

Error syntax_error(std::string_view type)
{
    return make_error("invalid dRAID syntax; expected [:<number><c|d|s>] not '" +
                      std::string(type) + "'");
}

} // namespace

Result<DraidConfig> draid_config(std::string_view type, uint64_t children)
{
    DraidConfig config;
    bool data_given = false;
    size_t colon = type.find(':');
    std::string_view head = type.substr(0, colon);
    if (head.size() > 5)
        config.parity = static_cast<uint64_t>(std::stoul(std::string(head.substr(5))));
    std::string_view rest = colon == std::string_view::npos ? "" : type.substr(colon);
    while (!rest.empty()) {
        rest.remove_prefix(1);  // the ':'
        size_t next = rest.find(':');
        std::string_view part = rest.substr(0, next);
        rest = next == std::string_view::npos ? "" : rest.substr(next);
        size_t digits = 0;
        while (digits < part.size() && std::isdigit(static_cast<unsigned char>(part[digits])))
            ++digits;
        if (digits == 0 || digits + 1 != part.size())
            return syntax_error(type);
        uint64_t value = std::stoull(std::string(part.substr(0, digits)));
        char suffix = static_cast<char>(std::tolower(static_cast<unsigned char>(part[digits])));
        if (suffix == 'c') {
            if (value != children)
                return make_error("invalid number of dRAID children; " + std::to_string(value) +
                                  " required but " + std::to_string(children) + " provided");
        } else if (suffix == 'd') {
            config.data = value;
            data_given = true;
        } else if (suffix == 's') {
            config.spares = value;
        } else {
            return syntax_error(type);
        }
    }
    // Without an explicit data count a group holds at most 8 data devices (zpool's choice
    // between capacity and performance).
    if (!data_given) {
        if (children <= config.spares + config.parity)
            return make_error("requested number of distributed spares " +
                              std::to_string(config.spares) + " and parity level " +
                              std::to_string(config.parity) +
                              " leaves no disks available for data");
        config.data = std::min<uint64_t>(children - config.spares - config.parity, 8);
    }
    if (config.data == 0 || config.data + config.parity + config.spares > children)
        return make_error("requested number of dRAID data disks per group " +
                          std::to_string(config.data) + " is too high");
    if (config.spares > 100)
        return make_error("invalid number of dRAID spares " + std::to_string(config.spares) +
                          "; additional disks would be required");
    if (children > kDraidMaxChildren)
        return make_error(std::to_string(children) +
                          " disks were provided, but dRAID only supports up to 255 disks");
    // The smallest number of groups whose total width is a multiple of the devices left after
    // the spares, so that groups fill whole rows.
    while (config.groups * (config.data + config.parity) % (children - config.spares) != 0)
        config.groups++;
    return config;
}

} // namespace gzfs
