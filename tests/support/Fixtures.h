#pragma once
// Stores the records tests build on: a site, a relationship for it, a profile for that.

#include "model/Profile.h"
#include "model/Relationship.h"
#include "model/Site.h"
#include "store/StateStore.h"

namespace ferry::test {

Site storeSite(StateStore& store, const QString& name, const QString& filesRoot = {});
Relationship storeRelationship(StateStore& store, const Site& site, const QString& name);
Profile storeProfile(StateStore& store, const Relationship& relationship, const QString& name);
// A profile named name on relationship "r" of site "www": the usual parent chain.
Profile storeProfileChain(StateStore& store, const QString& name);

} // namespace ferry::test
