package se.pollinator.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import se.pollinator.people.SignedOut;

import java.io.IOException;
import java.util.Map;

/**
 * Who may reach what. Browsers log in with a form and keep a session (protected against CSRF by
 * a cookie the page echoes in a header); API clients may send HTTP Basic instead. Everything
 * but the login page and static assets needs a login.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    private static final String[] PUBLIC = {"/login.html", "/guest.html", "/login", "/css/**", "/js/**", "/img/**",
            "/favicon.ico", "/favicon.svg", "/error"};

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    /**
     * Argon2 for every new hash (bcrypt cannot take passwords over 72 bytes); hashes made with
     * bcrypt before still match, and are replaced by Argon2 ones at their owner's next login.
     */
    /** Powerful browser features no page here uses, switched off. */
    private static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    public PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        return encoder;
    }

    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http, ProblemResponses problems, AccessTokens tokens,
                                           LoginThrottle throttle, GuestFence.GuestSessions guests,
                                           ApplicationEventPublisher events) throws Exception {
        RequestMatcher api = request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/") || path.startsWith("/ws") || path.startsWith("/v3/api-docs")
                    || path.startsWith("/actuator");
        };
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/people", "/api/people/**", "/people.html", "/api/admin/**",
                                "/dead-letters.html", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/guest/*").permitAll()
                        // Who may open a session of any kind, the session kernel checks (SessionAccess.requireMayOpen).
                        .requestMatchers("/api/directory").hasAnyRole("ADMIN", "FACILITATOR")
                        // The API's description is for the programme's people, not for café guests.
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                        .hasAnyRole("ADMIN", "FACILITATOR", "MEMBER", "EVALUATOR")
                        .anyRequest().authenticated())
                // After logging in, a person goes back to the page they asked for, never to an API
                // call or the WebSocket endpoint that happened to find them logged out.
                .requestCache(cache -> cache.requestCache(pagesOnly(api)))
                .formLogin(form -> form.loginPage("/login.html").loginProcessingUrl("/login")
                        .defaultSuccessUrl("/", false).failureUrl("/login.html?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login.html?out")
                        // Before the session is invalidated: its live connections are closed too.
                        .addLogoutHandler((request, response, authentication) -> {
                            HttpSession session = request.getSession(false);
                            if (session != null) {
                                events.publishEvent(new SignedOut(session.getId()));
                            }
                        }))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problems.write(response, HttpStatus.UNAUTHORIZED, "login.failed",
                                "The username or password is wrong.")))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problems.write(response,
                                HttpStatus.UNAUTHORIZED, "login.required", "Log in first: send HTTP Basic credentials or a session."),
                                api)
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                HttpStatus.FORBIDDEN, "access.denied", ProblemResponses.NO_RIGHT)))
                // A request with HTTP Basic credentials ignores the session: the credentials alone
                // authenticate it (or it is refused), so skipping CSRF for it is safe. Any other
                // Authorization header is no reason to skip it.
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(),
                        new SessionUnlessCredentials(new HttpSessionSecurityContextRepository()))))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(SessionUnlessCredentials::hasCredentials))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccessTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .addFilterAfter(new GuestFence(guests, problems), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS)));
        return http.build();
    }

    private static HttpSessionRequestCache pagesOnly(RequestMatcher api) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !api.matches(request));
        return cache;
    }

    /** Loads the deferred CSRF token so that its cookie reaches the page on every response. */
    static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
