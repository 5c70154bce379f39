#pragma once
// Byte buffers for secret material (private key members, passphrases, system secrets).
// The memory is wiped with OPENSSL_cleanse before it is released, including on reallocation.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <string>
#include <vector>

namespace jwk {

template<typename T>
struct CleansingAllocator
{
    using value_type = T;
    CleansingAllocator() noexcept = default;
    template<typename U>
    CleansingAllocator(const CleansingAllocator<U>&) noexcept
    {
    }
    T* allocate(std::size_t n) { return std::allocator<T>{}.allocate(n); }
    void deallocate(T* p, std::size_t n) noexcept;
    template<typename U>
    bool operator==(const CleansingAllocator<U>&) const noexcept
    {
        return true;
    }
};

void secureWipe(void* data, std::size_t size) noexcept;

template<typename T>
void CleansingAllocator<T>::deallocate(T* p, std::size_t n) noexcept
{
    secureWipe(p, n * sizeof(T));
    std::allocator<T>{}.deallocate(p, n);
}

// Owning, wiped-on-free byte buffer.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size)
        : m_data(size, 0)
    {
    }
    SecureBytes(const unsigned char* data, std::size_t size)
        : m_data(data, data + size)
    {
    }
    SecureBytes(const char* data, std::size_t size)
        : m_data(reinterpret_cast<const unsigned char*>(data), reinterpret_cast<const unsigned char*>(data) + size)
    {
    }
    // Copies the bytes; the caller remains responsible for the source.
    static SecureBytes fromByteArray(const QByteArray& bytes)
    {
        return SecureBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    }

    // Copies the bytes without leading and trailing white space (a secret read from a file), leaving no
    // intermediate unwiped copy.
    static SecureBytes trimmedFrom(const QByteArray& bytes)
    {
        qsizetype begin = 0, end = bytes.size();
        auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
        while (begin < end && space(bytes[begin])) {
            ++begin;
        }
        while (end > begin && space(bytes[end - 1])) {
            --end;
        }
        return SecureBytes(bytes.constData() + begin, static_cast<std::size_t>(end - begin));
    }

    unsigned char* data() { return m_data.data(); }
    const unsigned char* data() const { return m_data.data(); }
    const char* constChars() const { return reinterpret_cast<const char*>(m_data.data()); }
    std::size_t size() const { return m_data.size(); }
    bool isEmpty() const { return m_data.empty(); }
    void resize(std::size_t n) { m_data.resize(n); }
    // Room for n bytes in all, so that appending does not reallocate (and leave wiped copies behind) as it grows.
    void reserve(std::size_t n) { m_data.reserve(n); }
    void clear()
    {
        secureWipe(m_data.data(), m_data.size());
        m_data.clear();
    }
    void append(const char* data, std::size_t n)
    {
        m_data.insert(m_data.end(), reinterpret_cast<const unsigned char*>(data),
                      reinterpret_cast<const unsigned char*>(data) + n);
    }
    void append(const QByteArray& bytes) { append(bytes.constData(), static_cast<std::size_t>(bytes.size())); }
    void append(const SecureBytes& other) { m_data.insert(m_data.end(), other.m_data.begin(), other.m_data.end()); }
    void append(char c) { m_data.push_back(static_cast<unsigned char>(c)); }

    // A non-owning view for APIs that take QByteArray. Valid while this object lives and is not modified.
    QByteArray view() const { return QByteArray::fromRawData(constChars(), static_cast<qsizetype>(size())); }

    bool operator==(const SecureBytes& other) const { return m_data == other.m_data; }

private:
    std::vector<unsigned char, CleansingAllocator<unsigned char>> m_data;
};

// Wipes a QByteArray that the caller owns exclusively (not shared) and clears it.
void wipe(QByteArray& bytes) noexcept;
void wipe(QString& text) noexcept;
// Room for `more` bytes after what `bytes` (owned exclusively) holds, without leaving a copy of it in freed memory, as
// a QByteArray that grows by itself does: when it must grow, what it holds moves to a buffer at least twice as large
// and the old one is wiped.
void reserveWiping(QByteArray& bytes, qsizetype more);

} // namespace jwk
