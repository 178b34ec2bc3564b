#include "output/nvlist_text.h"

#include <cstdio>
#include <type_traits>
#include <variant>

namespace gzfs::out {

namespace {

std::string pad(int indent)
{
    return std::string(static_cast<size_t>(indent > 0 ? indent : 0), ' ');
}

// One scalar as dump_nvlist formats it: strings quoted, booleans as words, doubles "%f".
std::string scalar_text(const nv::Value::Data& data)
{
    switch (data.index()) {
    case nv::kBool:
        return std::get<bool>(data) ? "true" : "false";
    case nv::kSigned:
        return std::to_string(std::get<int64_t>(data));
    case nv::kUnsigned:
        return std::to_string(std::get<uint64_t>(data));
    case nv::kDouble: {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%f", std::get<double>(data));
        return buf;
    }
    case nv::kString:
        return "'" + std::get<std::string>(data) + "'";
    default:
        break;
    }
    return {};
}

template <typename T>
void dump_array(std::string& out, const std::string& prefix, const std::string& name,
                const std::vector<T>& items, nv::Type type, bool quote)
{
    for (size_t i = 0; i < items.size(); i++) {
        std::string v;
        if constexpr (std::is_same_v<T, std::string>)
            v = quote ? "'" + items[i] + "'" : items[i];
        else if (type == nv::Type::BooleanArray)
            v = items[i] ? "true" : "false";
        else
            v = std::to_string(items[i]);
        out += prefix + name + "[" + std::to_string(i) + "]: " + v + "\n";
    }
}

void dump(std::string& out, const nv::NvList& list, int indent)
{
    const std::string prefix = pad(indent);
    for (const nv::Pair& p : list.pairs()) {
        const nv::Value::Data& d = p.value.data();
        switch (d.index()) {
        case nv::kFlag:
            out += prefix + p.name + "\n";
            break;
        case nv::kList:
            out += prefix + p.name + ":\n";
            dump(out, std::get<nv::NvList>(d), indent + 4);
            break;
        case nv::kListArray: {
            const auto& lists = std::get<std::vector<nv::NvList>>(d);
            for (size_t i = 0; i < lists.size(); i++) {
                out += prefix + p.name + "[" + std::to_string(i) + "]:\n";
                dump(out, lists[i], indent + 4);
            }
            break;
        }
        case nv::kSignedArray:
            dump_array(out, prefix, p.name, std::get<std::vector<int64_t>>(d), p.value.type(),
                       false);
            break;
        case nv::kUnsignedArray:
            dump_array(out, prefix, p.name, std::get<std::vector<uint64_t>>(d),
                       p.value.type(), false);
            break;
        case nv::kStringArray:
            dump_array(out, prefix, p.name, std::get<std::vector<std::string>>(d),
                       p.value.type(), true);
            break;
        default:
            out += prefix + p.name + ": " + scalar_text(d) + "\n";
            break;
        }
    }
}

Json value_json(const nv::Value& value)
{
    const nv::Value::Data& d = value.data();
    switch (d.index()) {
    case nv::kFlag:
        return true;
    case nv::kBool:
        return std::get<bool>(d);
    case nv::kSigned:
        return std::get<int64_t>(d);
    case nv::kUnsigned:
        return std::get<uint64_t>(d);
    case nv::kDouble:
        return std::get<double>(d);
    case nv::kString:
        return std::get<std::string>(d);
    case nv::kSignedArray:
        return Json(std::get<std::vector<int64_t>>(d));
    case nv::kUnsignedArray: {
        const auto& items = std::get<std::vector<uint64_t>>(d);
        Json a = Json::array();
        for (uint64_t v : items)
            a.push_back(value.type() == nv::Type::BooleanArray ? Json(v != 0) : Json(v));
        return a;
    }
    case nv::kStringArray:
        return Json(std::get<std::vector<std::string>>(d));
    case nv::kList:
        return nvlist_json(std::get<nv::NvList>(d));
    case nv::kListArray: {
        Json a = Json::array();
        for (const nv::NvList& l : std::get<std::vector<nv::NvList>>(d))
            a.push_back(nvlist_json(l));
        return a;
    }
    default:
        break;
    }
    return nullptr;
}

} // namespace

std::string dump_nvlist(const nv::NvList& list, int indent)
{
    std::string out;
    dump(out, list, indent);
    return out;
}

Json nvlist_json(const nv::NvList& list)
{
    Json doc = Json::object();
    for (const nv::Pair& p : list.pairs())
        doc[p.name] = value_json(p.value);
    return doc;
}

} // namespace gzfs::out
