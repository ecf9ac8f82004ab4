#include "crypto/kdf_budget.h"

#include <QString>

namespace tessera::crypto {
namespace {

thread_local KdfBudget *t_current = nullptr;

} // namespace

KdfBudget::KdfBudget(double budgetMs, const std::atomic<bool> *cancelled)
    : m_budgetMs(budgetMs), m_cancelled(cancelled), m_outer(t_current)
{
    t_current = this;
}

KdfBudget::~KdfBudget()
{
    t_current = m_outer;
}

Result<void> KdfBudget::charge(double costMs)
{
    if (t_current && t_current->m_cancelled && t_current->m_cancelled->load())
        return fail(ErrorCode::Cancelled);
    const double left = t_current ? t_current->m_budgetMs - t_current->m_spentMs : kFileKdfBudgetMs;
    if (costMs > left)
        return fail(ErrorCode::ImportTooCostly,
                    QStringLiteral("%1 s of key derivation").arg(((t_current ? t_current->m_spentMs : 0) + costMs) / 1000,
                                                                  0, 'f', 0));
    if (t_current)
        t_current->m_spentMs += costMs;
    return {};
}

double scryptCostMs(std::uint64_t n, std::uint32_t r, std::uint32_t p)
{
    return 6.0 * (128.0 * double(r) * double(n) * double(p)) / (1024.0 * 1024.0);
}

double argon2CostMs(std::uint32_t memoryKiB, std::uint32_t passes)
{
    return 1.5 * double(memoryKiB) / 1024.0 * double(passes);
}

double pbkdf2CostMs(std::uint32_t iterations, bool sha512)
{
    return (sha512 ? 1.4 : 1.1) * double(iterations) / 1000.0;
}

} // namespace tessera::crypto
