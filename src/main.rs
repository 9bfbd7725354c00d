fn main() {
    journee::hydrate();
}
