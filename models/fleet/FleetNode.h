#pragma once

// FleetModel's tree node, shared by its two source files (loading; lookups and item-model).
#include "models/api/Instances.h"
#include "models/api/Pager.h"
#include "models/fleet/FleetModel.h"

namespace dbss::fleet {

struct FleetModel::Node {
    NodeKind kind = NodeKind::Profile;
    Node* parent = nullptr;
    int row = 0;
    QString profile;
    QString region;
    QString error;
    bool loading = false;
    bool done = false;                  // region: listed or failed (progress)
    QPointer<api::ApiClient> client;    // region
    QPointer<api::Pager> pager;         // region: listing in flight
    QPointer<api::ApiReply> projectAsk; // region: IAM project lookup in flight
    api::AuditInstance instance;        // instance
    std::vector<std::unique_ptr<Node>> children;

    StatusSummary summary() const {
        StatusSummary s;
        if (kind == NodeKind::Instance) {
            switch (classifyStatus(instance.status)) {
            case StatusClass::Running:
                ++s.running;
                break;
            case StatusClass::Stopped:
                ++s.stopped;
                break;
            case StatusClass::Error:
                ++s.error;
                break;
            case StatusClass::Other:
                ++s.other;
                break;
            }
            return s;
        }
        if (!error.isEmpty())
            ++s.failedNodes;
        for (const auto& child : children)
            s += child->summary();
        return s;
    }
    bool anyLoading() const {
        if (loading)
            return true;
        for (const auto& child : children)
            if (child->kind != NodeKind::Instance && child->anyLoading())
                return true;
        return false;
    }
};

} // namespace dbss::fleet
