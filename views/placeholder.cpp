// Placeholder translation unit so the library has a source; remove when real sources exist.
namespace dbss::views { }
