// The one source of each folder's precompiled-header target (tests/CMakeLists.txt, jwkman_test_pch): the header is
// built with this target's flags and reused by the folder's suites. Nothing here is linked into a suite.
namespace {
[[maybe_unused]] constexpr int precompiledHeaderAnchor = 0;
}
