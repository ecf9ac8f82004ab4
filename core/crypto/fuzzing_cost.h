#pragma once
// Fuzz builds (the `fuzz` preset defines FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION, libFuzzer's
// convention) keep every bound check on key-derivation parameters but then derive with the cheapest
// cost, so the fuzzers reach the decryption and parsing behind a KDF millions of times instead of
// spending their time in Argon2id or PBKDF2. No build anyone runs defines it.

namespace tessera::crypto {

#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
inline constexpr bool kCheapKeyDerivationForFuzzing = true;
#else
inline constexpr bool kCheapKeyDerivationForFuzzing = false;
#endif

} // namespace tessera::crypto
