package watch.safeguarding.alert.service;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sign-up as it arrives from the API or the form, before normalisation. */
public record SignUp(
        @NotBlank(message = "Enter your email address") @Size(max = 254, message = "Email address is too long")
        @Email(message = "Enter an email address in the right format, like name@example.com") String email,
        List<String> councils,
        List<String> regions,
        List<String> ratings,
        String frequency) {
}
