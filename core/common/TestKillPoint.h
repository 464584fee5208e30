#pragma once
// A hook for the crash suite (tests/reliability/tst_crash_sync) and tst_sync, nothing else:
// FERRY_TEST_KILL_AT=NAME:N makes the process kill itself with SIGKILL the Nth time it reaches the
// point called NAME, so a test can interrupt a run exactly between two durable steps, which
// timing cannot hit with small files. FERRY_TEST_STOP_AT=NAME:N stops it there instead (SIGSTOP),
// for a test to change something and let it go on (SIGCONT). Unset (always, outside the tests)
// they cost one check each.
//
// Points: chunk-sent, chunk-fetched (ferryctl, per chunk moved), chunk-stored (ferryd, per chunk
// received), file-written (temporary file complete and synced, not yet renamed), file-placed
// (renamed, not yet in the index), rows (a batch of rows written, its transaction not yet
// committed), batch-recorded (a batch applied and indexed, not yet answered), checkpoint (before
// a checkpoint is stored), apply-batches (ferryctl: planned and chunks sent, no apply batch made).

namespace ferry {

void testKillPoint(const char* name);

} // namespace ferry
