// The translations library holds only resources (the compiled .qm files); a static library needs
// at least one source file of its own.
namespace bp::i18n {
int translationsAnchor()
{
    return 0;
}
} // namespace bp::i18n
