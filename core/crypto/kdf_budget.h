#pragma once
// How much key-derivation work one imported file may cause. A hostile export can list hundreds of
// password slots, each asking scrypt or Argon2id for its maximum; every derivation a file asks for is
// charged to the budget of the import in progress before it runs, and the one that would go over is
// refused (ImportTooCostly) instead of costing minutes or hours.
//
// The cost is in milliseconds of this project's reference machine (2 cores, see docs/PERFORMANCE.md),
// estimated from the parameters: scrypt ~6 ms per MiB of 128·r·N·p, Argon2id ~1.5 ms per MiB per pass,
// PBKDF2 ~1.1 ms per thousand iterations (SHA-512 ~1.4). The budget of one file is a few seconds of
// work; the most demanding real defaults (Bitwarden's Argon2id, Aegis's scrypt) use a tenth of it.

#include "common/error.h"

#include <atomic>
#include <cstdint>

namespace tessera::crypto {

inline constexpr double kFileKdfBudgetMs = 6000;

// Installed for the current thread while it lives (nesting restores the outer one). Without one, each
// derivation alone is held to kFileKdfBudgetMs.
class KdfBudget
{
public:
    // With `cancelled`, a derivation asked for after it became true is refused (Cancelled): a cancelled
    // import stops at the next derivation instead of running through all of them.
    explicit KdfBudget(double budgetMs = kFileKdfBudgetMs, const std::atomic<bool> *cancelled = nullptr);
    ~KdfBudget();
    KdfBudget(const KdfBudget &) = delete;
    KdfBudget &operator=(const KdfBudget &) = delete;

    double spentMs() const { return m_spentMs; }

    // Charges the current budget; ImportTooCostly (nothing charged) when the derivation would exceed it.
    static Result<void> charge(double costMs);

private:
    double m_budgetMs;
    const std::atomic<bool> *m_cancelled;
    double m_spentMs = 0;
    KdfBudget *m_outer;
};

double scryptCostMs(std::uint64_t n, std::uint32_t r, std::uint32_t p);
double argon2CostMs(std::uint32_t memoryKiB, std::uint32_t passes);
double pbkdf2CostMs(std::uint32_t iterations, bool sha512);

} // namespace tessera::crypto
