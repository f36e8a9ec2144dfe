#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("Hello from {{name}}!\n");
    const char *greeting = getenv("GREETING");
    if (greeting != NULL) {
        printf("%s\n", greeting);
    }
    return 0;
}
