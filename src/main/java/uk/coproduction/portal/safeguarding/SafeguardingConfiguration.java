package uk.coproduction.portal.safeguarding;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SafetyContacts.class)
class SafeguardingConfiguration {}
