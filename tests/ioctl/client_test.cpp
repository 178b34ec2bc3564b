#include "ioctl/client.h"
#include "nvlist/codec.h"
#include "pool/pool_ops.h"
#include "zfs/dataset_ops.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>
#include <functional>

using namespace gzfs;

namespace {

// A device that decodes each zfs_cmd_t it gets and answers through a test-supplied function.
class FakeDevice : public Device {
public:
    using Handler = std::function<int(unsigned long, ZfsCmd&)>;
    FakeDevice(const CmdLayout& layout, Handler h) : layout_(layout), handler_(std::move(h)) {}

    int ioctl(unsigned long request, void* arg) override
    {
        auto* bytes = static_cast<uint8_t*>(arg);
        ZfsCmd zc(layout_, std::span<const uint8_t>(bytes, layout_.size));
        requests.push_back(request);
        int err = handler_(request, zc);
        std::memcpy(bytes, zc.data(), zc.size()); // the kernel copies zc out either way
        return err;
    }

    std::vector<unsigned long> requests;

private:
    const CmdLayout& layout_;
    Handler handler_;
};

nv::NvList read_src(const ZfsCmd& zc)
{
    auto* p = reinterpret_cast<const uint8_t*>(zc.get(Field::NvlistSrc));
    return *nv::unpack(std::span<const uint8_t>(p, zc.get(Field::NvlistSrcSize)));
}

// Packs `out` into the caller's dst buffer like put_nvlist(): ENOMEM with the needed size
// when it does not fit.
int put_dst(ZfsCmd& zc, const nv::NvList& out)
{
    auto packed = *nv::pack(out);
    if (packed.size() > zc.get(Field::NvlistDstSize)) {
        zc.set(Field::NvlistDstSize, packed.size());
        return ENOMEM;
    }
    std::memcpy(reinterpret_cast<void*>(zc.get(Field::NvlistDst)), packed.data(), packed.size());
    zc.set(Field::NvlistDstSize, packed.size());
    zc.set(Field::NvlistDstFilled, 1);
    return 0;
}

ModuleVersion v232{{2, 3, 2}, "2.3.2-2~bpo12+2"};
ModuleVersion v2111{{2, 1, 11}, "2.1.11-1"};

struct Fixture {
    explicit Fixture(FakeDevice::Handler h, ModuleVersion m = v232)
    {
        auto dev = std::make_unique<FakeDevice>(layout_for(m.version), std::move(h));
        fake = dev.get();
        client = std::make_unique<Client>(std::move(dev), m);
    }
    FakeDevice* fake;
    std::unique_ptr<Client> client;
};

} // namespace

TEST_CASE("call packs src, unpacks dst, and keeps zc_name")
{
    Fixture f([](unsigned long req, ZfsCmd& zc) {
        CHECK(req == 0x5a23);
        CHECK(zc.name() == "tank");
        nv::NvList in = read_src(zc);
        CHECK(in.get_nvlist("snaps").ok());
        return put_dst(zc, nv::NvList());
    });
    CHECK(snapshot(*f.client, {"tank/a@s", "tank/b@s"}).ok());
    CHECK(f.fake->requests.size() == 1);
}

TEST_CASE("ENOMEM grows the destination to the size the kernel asks, from the same input")
{
    nv::NvList big;
    big.add_string("blob", std::string(300 * 1024, 'x'));
    int calls = 0;
    Fixture f([&](unsigned long, ZfsCmd& zc) {
        ++calls;
        CHECK(zc.cookie() == 5); // restored before the retry
        zc.set_cookie(6);        // as the list iterators advance it even on ENOMEM
        return put_dst(zc, big);
    });
    ZfsCmd zc = f.client->make_cmd("tank");
    zc.set_cookie(5);
    auto r = f.client->call(Ioc::PoolStats, zc);
    REQUIRE(r.ok());
    CHECK(calls == 2);
    CHECK(r->get<std::string>("blob")->size() == 300 * 1024);
}

TEST_CASE("errors carry errno, zfs_errno and the object's name")
{
    Fixture f([](unsigned long, ZfsCmd&) { return 1024; });
    Status st = pool_checkpoint(*f.client, "tank");
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().sys_errno == 1024);
    CHECK(st.error().zfs_error == 1024);
    CHECK(st.error().message == "cannot checkpoint 'tank': checkpoint exists");

    Fixture g([](unsigned long, ZfsCmd&) { return ENOENT; });
    auto r = objset_stats(*g.client, "tank/nope");
    CHECK(r.error().message == "cannot open 'tank/nope': no such pool or dataset");
}

TEST_CASE("batch errors come back per name")
{
    Fixture f([](unsigned long, ZfsCmd& zc) {
        nv::NvList errs;
        errs.add_int32("tank/b@s", EEXIST);
        put_dst(zc, errs);
        return EEXIST;
    });
    NameErrors errors;
    Status st = snapshot(*f.client, {"tank/a@s", "tank/b@s"}, {}, &errors);
    REQUIRE_FALSE(st.ok());
    CHECK(errors == NameErrors{{"tank/b@s", EEXIST}});
    CHECK(st.error().message == "cannot create snapshot 'tank/b@s': dataset already exists");
}

TEST_CASE("ioctls the module lacks fail without reaching it; scrub falls back to scan")
{
    Fixture f([](unsigned long req, ZfsCmd& zc) {
        CHECK(req == 0x5a07); // POOL_SCAN
        CHECK(zc.cookie() == 1);
        return 0;
    }, v2111);
    CHECK(pool_scrub(*f.client, "tank").ok());
    auto r = f.client->call(Ioc::DdtPrune, "tank", nv::NvList());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().zfs_error == 1029);
    CHECK(r.error().message.find("needs module 2.3.0, loaded is 2.1.11-1") != std::string::npos);
    CHECK(f.fake->requests.size() == 1);
}

TEST_CASE("list iteration ends at ESRCH and simple gives no dst buffer")
{
    int n = 0;
    Fixture f([&](unsigned long, ZfsCmd& zc) {
        CHECK(zc.get(Field::Simple) == 1);
        CHECK(zc.get(Field::NvlistDst) == 0);
        if (n++ == 2)
            return ESRCH;
        zc.set_name("tank/c" + std::to_string(n));
        zc.set_cookie(zc.cookie() + 1);
        return 0;
    });
    ListCursor cur;
    cur.simple = true;
    std::vector<std::string> names;
    for (;;) {
        auto r = dataset_list_next(*f.client, "tank", cur);
        REQUIRE(r.ok());
        if (!*r)
            break;
        names.push_back((*r)->name);
    }
    CHECK(names == std::vector<std::string>{"tank/c1", "tank/c2"});
}

TEST_CASE("opening a missing device or version file names it")
{
    auto c = Client::open({"/nonexistent/zfs", "/nonexistent/version"});
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().sys_errno == ENOENT);
    CHECK(c.error().message ==
          "cannot read '/nonexistent/version': the ZFS kernel module is not loaded");
    auto d = ZfsDevice::open("/nonexistent/zfs");
    CHECK(d.error().message == "cannot open '/nonexistent/zfs': the ZFS kernel module is not loaded");
}
