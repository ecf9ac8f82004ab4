#pragma once
// A buffer for key material: allocated with sodium_malloc (guard pages, locked, never swapped),
// wiped and freed on destruction, move-only so no silent copies exist.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace tessera {

class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size); // zero-filled; throws std::bad_alloc if sodium cannot allocate
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    static SecretBytes copyOf(std::span<const std::uint8_t> bytes);
    static SecretBytes copyOf(std::string_view text);

    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::span<const std::uint8_t> bytes() const { return {m_data, m_size}; }
    std::string_view view() const { return {reinterpret_cast<const char *>(m_data), m_size}; }

    // Shrinks the visible size, wiping the bytes beyond it (capacity stays allocated).
    void truncate(std::size_t newSize);
    bool equals(const SecretBytes &other) const; // constant time for equal sizes

private:
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

// Initialises libsodium once; safe to call from any thread.
void ensureSodium();

// Overwrites a buffer that held something sensitive (a decrypted list of names, a password copy)
// in a way the compiler cannot optimise away.
void wipe(void *data, std::size_t size);

} // namespace tessera
