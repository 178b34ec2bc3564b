#include "nvlist/json.h"

namespace gzfs::nv {

namespace {

using nlohmann::json;

// The value alone; nested lists through `list`, so that both forms share this.
template <typename ListFn>
json value_json(const Value& value, ListFn list)
{
    const Type type = value.type();
    return std::visit(
        [&](const auto& v) -> json {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return true; // BOOLEAN: the name is present
            } else if constexpr (std::is_same_v<T, NvList>) {
                return list(v);
            } else if constexpr (std::is_same_v<T, std::vector<NvList>>) {
                json out = json::array();
                for (const NvList& child : v)
                    out.push_back(list(child));
                return out;
            } else if constexpr (std::is_same_v<T, std::vector<uint64_t>>) {
                json out = json::array();
                for (uint64_t x : v)
                    out.push_back(type == Type::BooleanArray ? json(x != 0) : json(x));
                return out;
            } else {
                return v;
            }
        },
        value.data());
}

} // namespace

nlohmann::json to_json(const NvList& list)
{
    nlohmann::json out = nlohmann::json::object();
    for (const Pair& pair : list.pairs())
        out[pair.name] = value_json(pair.value, to_json);
    return out;
}

nlohmann::json to_typed_json(const NvList& list)
{
    nlohmann::json out = nlohmann::json::array();
    for (const Pair& pair : list.pairs()) {
        out.push_back({{"name", pair.name},
                       {"type", type_name(pair.value.type())},
                       {"value", value_json(pair.value, to_typed_json)}});
    }
    return out;
}

} // namespace gzfs::nv
