// Placeholder: replaced by the dbss-sandbox command line (sandbox owner).
int main() { return 0; }
