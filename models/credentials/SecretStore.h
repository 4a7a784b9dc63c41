#pragma once
// Placeholder: the credentials owner replaces this with the SecretStore interface.
