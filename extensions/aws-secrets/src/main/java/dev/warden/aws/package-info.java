/**
 * The {@code aws-sm:} secret store: AWS Secrets Manager on the AWS SDK for Java 2.x, registered with
 * {@link java.util.ServiceLoader} as {@link dev.warden.aws.AwsSecretsManagerStoreFactory}.
 */
package dev.warden.aws;
