#pragma once
// Errors as values. A Result<T> holds either a value or an Error whose message tells a person what
// went wrong and, where there is one, what to do about it. Results do not cross module lines as
// exceptions.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ferry {

struct Error {
    QString message;
};

inline Error fail(QString message)
{
    return Error{std::move(message)};
}

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    // By value, not T&&: `for (x : f().value())` must not iterate a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    const QString& errorMessage() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    const QString& errorMessage() const { return m_error->message; }

private:
    std::optional<Error> m_error;
};

} // namespace ferry
